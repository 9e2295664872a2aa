package io.credence.language;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether a text's own wording is rumour-grade, by the configured threshold. */
@ApplicationScoped
public class RumourGrade {

    private final RumourAnalyzer analyzer;
    private final LanguageConfig config;

    RumourGrade(RumourAnalyzer analyzer, LanguageConfig config) {
        this.analyzer = analyzer;
        this.config = config;
    }

    public boolean of(String text) {
        return analyzer.analyze(text).rumourScore() >= config.rumourGradeAt();
    }

    /** The rumour penalty of an evidence excerpt: its rumour score, 0 for no excerpt. */
    public double penaltyOf(String excerpt) {
        return excerpt == null ? 0 : analyzer.analyze(excerpt).rumourScore();
    }
}
