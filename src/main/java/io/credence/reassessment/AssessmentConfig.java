package io.credence.reassessment;

import io.credence.assessment.Copies;
import io.credence.assessment.EngineParameters;
import io.credence.assessment.EvidenceBounds;
import io.credence.assessment.Grade;
import io.credence.assessment.Reliability;
import io.smallrye.config.ConfigMapping;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The confidence engine's table, {@code credence.assessment.*} in application.properties. */
@ConfigMapping(prefix = "credence.assessment")
public interface AssessmentConfig {

    /** Trust per Admiralty reliability letter A..F. */
    Map<String, Double> trust();

    /** Evidence weight per Admiralty credibility number 1..6. */
    Map<String, Double> credibilityWeight();

    double priorWeight();

    double baseRate();

    double unverifiedAbove();

    double contestedAt();

    double confirmedFrom();

    double likelyTrueFrom();

    double likelyFalseTo();

    double falseTo();

    Confidence confidence();

    Bounds bounds();

    CopyDetection copies();

    /** Rule 1: the grade ("B2") each status needs. */
    interface Bounds {
        String countsFrom();

        String confirmsFrom();

        String secondFrom();
    }

    /** Rule 2: when two excerpts are one report. */
    interface CopyDetection {
        double similarity();

        int minWords();
    }

    interface Confidence {
        double highUncertainty();

        int highOrigins();

        double moderateUncertainty();

        int moderateOrigins();
    }

    /** The engine's parameters; fails start-up with a clear message when the table is incomplete or inconsistent. */
    default EngineParameters toParameters() {
        Map<Reliability, Double> trust = new EnumMap<>(Reliability.class);
        trust().forEach((letter, value) -> trust.put(Reliability.valueOf(letter.toUpperCase(Locale.ROOT)), value));
        Map<Integer, Double> weights = new HashMap<>();
        credibilityWeight().forEach((number, value) -> weights.put(Integer.valueOf(number), value));
        return new EngineParameters(
                trust,
                weights,
                priorWeight(),
                baseRate(),
                unverifiedAbove(),
                contestedAt(),
                confirmedFrom(),
                likelyTrueFrom(),
                likelyFalseTo(),
                falseTo(),
                confidence().highUncertainty(),
                confidence().highOrigins(),
                confidence().moderateUncertainty(),
                confidence().moderateOrigins(),
                new EvidenceBounds(
                        Grade.parse(bounds().countsFrom()),
                        Grade.parse(bounds().confirmsFrom()),
                        Grade.parse(bounds().secondFrom())),
                new Copies(copies().similarity(), copies().minWords()));
    }
}
