package io.credence.verdict;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * The organisation's own words for the ClaimReview ratings 1 (false) … 5 (true)
 * ({@code credence.rating-scale.labels}, five comma-separated labels): a verdict published without a
 * label takes its rating's, and so does its ClaimReview's {@code alternateName}.
 */
@ConfigMapping(prefix = "credence.rating-scale")
public interface RatingScaleConfig {

    @WithDefault("False,Mostly false,Mixed,Mostly true,True")
    List<String> labels();

    /** The label of a rating 1..5. */
    default String labelOf(int rating) {
        return labels().get(rating - 1).strip();
    }
}
