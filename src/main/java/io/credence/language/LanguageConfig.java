package io.credence.language;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the rumour-language analyzer's use in the service ({@code credence.language.*}). */
@ConfigMapping(prefix = "credence.language")
public interface LanguageConfig {

    /** A claim whose text scores at least this is rumour-grade: with little evidence it is RUMOUR, not UNVERIFIED. */
    @WithDefault("0.5")
    double rumourGradeAt();

    /**
     * The uncertainty model's probability from which it flags a sentence in which no lexicon cue
     * fired (category VAGUE). Its own F1-best threshold on WikiWeasel (the model card's) finds
     * more, but in news it also flags "some 300 people" and "most of the victims" (docs/LANGUAGE.md);
     * 0.5, more likely uncertain than not, keeps such sentences unflagged.
     */
    @WithDefault("0.5")
    double modelFlagFrom();

    /** The longest text POST /analyze takes, in characters; longer ones get 413. */
    @WithDefault("100000")
    int maxTextLength();
}
