package io.credence.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an article check needs of the remembered vectors: the newest sentences are there, whatever came before. */
class RecentVectorsTest {

    @Test
    void aNewArticlesSentencesAreRememberedAfterManyOthersWereReadOften() {
        RecentVectors recent = new RecentVectors(4096);
        // A steady stream of articles, each sentence put and read back twice, as a check does.
        for (int article = 0; article < 200; article++) {
            for (int i = 0; i < 50; i++) {
                String sentence = "article " + article + " sentence " + i;
                recent.put(sentence, new float[] {article, i});
                recent.get(sentence);
                recent.get(sentence);
            }
        }
        for (int i = 0; i < 50; i++) {
            recent.put("new article sentence " + i, new float[] {i});
        }

        for (int i = 0; i < 50; i++) {
            assertThat(recent.get("new article sentence " + i))
                    .as("sentence %d of the newest article", i)
                    .containsExactly(i);
        }
        assertThat(recent.get("article 199 sentence 49")).as("recent enough").isNotNull();
        assertThat(recent.get("article 0 sentence 0"))
                .as("the oldest is evicted first")
                .isNull();
    }
}
