package io.credence.language;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Whether a text's own wording is rumour-grade, by the configured threshold. */
@ApplicationScoped
public class RumourGrade {

    private final RumourAnalyzer analyzer;
    private final TextAnalyses analyses;
    private final LanguageConfig config;

    RumourGrade(RumourAnalyzer analyzer, TextAnalyses analyses, LanguageConfig config) {
        this.analyzer = analyzer;
        this.analyses = analyses;
        this.config = config;
    }

    public boolean of(String text) {
        return analyzer.analyze(text).rumourScore() >= config.rumourGradeAt();
    }

    /**
     * Whether a registered claim's wording is rumour-grade: every reassessment asks, and the
     * claim's analysis is remembered by its id (see {@link TextAnalyses#ofClaim}).
     */
    public boolean ofClaim(UUID claimId, String text) {
        return analyses.ofClaim(claimId, text).rumourScore() >= config.rumourGradeAt();
    }

    /** The rumour penalty of an evidence excerpt: its rumour score, 0 for no excerpt. */
    public double penaltyOf(String excerpt) {
        return excerpt == null ? 0 : analyzer.analyze(excerpt).rumourScore();
    }
}
