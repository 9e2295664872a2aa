package io.credence.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed is read review by review, whatever its shape, never whole. */
class FeedReaderTest {

    private static final String REVIEW = "{\"@type\": \"ClaimReview\", \"url\": \"https://f.example/%d\", "
            + "\"claimReviewed\": \"Claim number %d\", \"author\": {\"name\": \"Feed Checkers\"}}";

    /** A DataFeed of {@code count} reviews, written only as it is read, counting the bytes read so far. */
    private static final class GeneratedFeed extends InputStream {
        private final int count;
        private int next;
        private byte[] chunk = "{\"@context\": \"https://schema.org\", \"@type\": \"DataFeed\", \"dataFeedElement\": ["
                .getBytes(StandardCharsets.UTF_8);
        private int position;
        long read;

        GeneratedFeed(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            if (position == chunk.length && !refill()) {
                return -1;
            }
            read++;
            return chunk[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == chunk.length && !refill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            read += n;
            return n;
        }

        private boolean refill() {
            if (next > count) {
                return false;
            }
            String text = next < count ? (next > 0 ? "," : "") + REVIEW.formatted(next, next) : "]}";
            next++;
            chunk = text.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }

    @Test
    void aHundredThousandReviewsAreHandedOnOneByOneAsTheyAreRead() throws IOException {
        GeneratedFeed feed = new GeneratedFeed(100_000);
        long[] readAtFirst = {-1};
        int[] seen = {0};
        FeedReader.Outcome outcome = FeedReader.read(feed, (index, review) -> {
            if (index == 0) {
                readAtFirst[0] = feed.read;
            }
            assertEquals(seen[0]++, index);
            assertEquals("Claim number " + index, review.get("claimReviewed").asText());
            return true;
        });
        assertEquals(100_000, seen[0]);
        assertEquals(new FeedReader.Outcome(100_000, null), outcome);
        assertTrue(feed.read > 10_000_000, "the feed is " + feed.read + " bytes");
        // The first review is handed on after a parser buffer or so has been read, not the whole feed.
        assertTrue(readAtFirst[0] < 64 * 1024, "read " + readAtFirst[0] + " bytes before the first review");
    }

    @Test
    void theReaderStopsWhenTold() throws IOException {
        GeneratedFeed feed = new GeneratedFeed(1_000);
        FeedReader.Outcome outcome = FeedReader.read(feed, (index, review) -> index < 9);
        assertEquals(10, outcome.read());
        assertNull(outcome.malformed());
    }

    @Test
    void everyShapePublishersUseGivesItsReviews() throws IOException {
        String one = REVIEW.formatted(1, 1);
        String two = REVIEW.formatted(2, 2);
        assertEquals(List.of("Claim number 1"), claims(one));
        assertEquals(List.of("Claim number 1", "Claim number 2"), claims("[" + one + "," + two + "]"));
        assertEquals(List.of("Claim number 1", "Claim number 2"), claims("{\"@graph\": [" + one + "," + two + "]}"));
        assertEquals(
                List.of("Claim number 1", "Claim number 2"),
                claims("{\"name\": \"feed\", \"dataFeedElement\": [" + "{\"@type\": \"DataFeedItem\", \"item\": " + one
                        + "}, {\"@type\": \"DataFeedItem\", \"item\": [" + two + "]}]}"));
    }

    @Test
    void whatIsNotAReadableFeedIsSaid() throws IOException {
        assertTrue(outcome("\"text\"").malformed().contains("JSON object or array"));
        FeedReader.Outcome broken = outcome("[" + REVIEW.formatted(1, 1) + ", {\"url\": ");
        assertEquals(1, broken.read());
        assertTrue(broken.malformed().contains("not readable JSON after review 1"), broken.malformed());
        assertTrue(outcome("[] []").malformed().contains("more follows"));
        byte[] overlong = {'[', '"', (byte) 0xC0, (byte) 0xAF, '"', ']'};
        assertTrue(FeedReader.read(new ByteArrayInputStream(overlong), (i, r) -> true)
                .malformed()
                .contains("UTF-8"));
    }

    private static List<String> claims(String feed) throws IOException {
        List<String> claims = new ArrayList<>();
        FeedReader.Outcome outcome = FeedReader.read(
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)),
                (index, review) ->
                        claims.add(((JsonNode) review).get("claimReviewed").asText()));
        assertNull(outcome.malformed());
        return claims;
    }

    private static FeedReader.Outcome outcome(String feed) throws IOException {
        return FeedReader.read(
                new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), (index, review) -> true);
    }
}
