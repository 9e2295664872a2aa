package io.credence.language;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the rumour-language analyzer's use in the service ({@code credence.language.*}). */
@ConfigMapping(prefix = "credence.language")
public interface LanguageConfig {

    /** A claim whose text scores at least this is rumour-grade: with little evidence it is RUMOUR, not UNVERIFIED. */
    @WithDefault("0.5")
    double rumourGradeAt();

    /** The longest text POST /analyze takes, in characters; longer ones get 413. */
    @WithDefault("100000")
    int maxTextLength();
}
