package io.credence.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Searching an article's sentences together answers each exactly as searching it alone does; the article
 * path, ranking each sentence from fewer candidates, shows what a search judges the same way.
 */
@QuarkusTest
class ClaimSearchBatchTest {

    @Inject
    ClaimSearch search;

    @Test
    void aBatchOfSearchesAnswersAsTheSearchesOneByOne() {
        String marker = Api.uniqueWord("batch");
        UUID bridge = UUID.fromString(
                Api.createClaim("The " + marker + " bridge over the river was closed for repairs in May"));
        UUID tax = UUID.fromString(
                Api.createClaim("The " + marker + " council raised the water tax by 12 percent this year"));
        Api.createClaim("Moscow paid for the " + marker + " drones with 1.8 tons of gold");
        List<String> sentences = List.of(
                "The " + marker + " council put the water tax up by 12 percent.",
                "Nothing here is about anything registered at all, says a reader.",
                "Moscow paid for the " + marker + " drones with at least 1.8 tons of gold bars.",
                "The " + marker + " bridge was shut for repairs in May.");

        List<List<ClaimSearch.Match>> together = search.searchAll(sentences, null, 5);

        assertThat(together).hasSize(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(together.get(i)).as(sentences.get(i)).isEqualTo(search.search(sentences.get(i), null, 5));
        }
        assertThat(together.get(0))
                .extracting(ClaimSearch.Match::text)
                .first()
                .asString()
                .contains("water tax");

        // An article's sentences are ranked from fewer candidates (credence.matching.sentence-candidates) than a
        // search's. Among many near-copies (the suite registers the drone claim again and again) the order of
        // equals may differ, but every match shown is one a search judges the same way, and a sentence with one
        // registered counterpart finds exactly that one.
        List<List<ClaimSearch.Match>> article = search.sameOrContradictingAll(sentences, null, 5);
        for (int i = 0; i < sentences.size(); i++) {
            List<ClaimSearch.Match> searched = search.search(sentences.get(i), null, 50);
            for (ClaimSearch.Match shown : article.get(i)) {
                assertThat(searched)
                        .as(sentences.get(i))
                        .anyMatch(m -> m.claimId().equals(shown.claimId()) && m.relation() == shown.relation());
            }
        }
        assertThat(article.get(0)).extracting(ClaimSearch.Match::claimId).containsExactly(tax);
        assertThat(article.get(1)).isEmpty();
        assertThat(article.get(2)).isNotEmpty();
        assertThat(article.get(3)).extracting(ClaimSearch.Match::claimId).containsExactly(bridge);
    }
}
