package io.credence.claimreview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the ClaimReviews of a feed one at a time, never the whole feed: one ClaimReview object, an
 * array of them, a schema.org DataFeed whose dataFeedElement holds them (bare or as DataFeedItem
 * {@code item}s), or a JSON-LD {@code @graph}. Only the review being read is in memory, and each
 * string in it is bounded. The bytes must be well-formed UTF-8 (the JDK's decoder refuses overlong
 * forms, which Jackson's own would read as other characters).
 */
final class FeedReader {

    /** Receives each review in feed order, counted from 0. */
    interface Reviews {
        /** Takes one review; false to stop reading (the bound on reviews per feed was reached). */
        boolean accept(int index, JsonNode review);
    }

    /** The feed ended, or stopped being readable JSON after {@code read} reviews. */
    record Outcome(int read, String malformed) {}

    static final int MAX_STRING = 100_000;
    static final int MAX_DEPTH = 64;
    /**
     * Strings and nesting bounded as docs/NEWSROOM.md promises, and a key twice in one object refused
     * as the rest of the API refuses it (a feed whose review says two things must not be read as either).
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(MAX_STRING)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private int index;
    private boolean stopped;

    private FeedReader() {}

    static Outcome read(InputStream body, Reviews reviews) throws IOException {
        return new FeedReader().readAll(body, reviews);
    }

    private Outcome readAll(InputStream body, Reviews reviews) throws IOException {
        Reader utf8 = new InputStreamReader(
                body,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonParser parser = JSON.createParser(utf8)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                elements(parser, reviews);
            } else if (first == JsonToken.START_OBJECT) {
                container(parser, reviews);
            } else {
                return new Outcome(0, "the feed must be a JSON object or array");
            }
            if (!stopped && parser.nextToken() != null) {
                return new Outcome(index, "more follows the feed's closing bracket at " + where(parser));
            }
            return new Outcome(index, null);
        } catch (JsonProcessingException e) {
            // A broken bound (StreamConstraintsException) carries no location: the parser's own is the place.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parserLocation(e);
            return new Outcome(
                    index,
                    "the feed is not readable JSON after review " + index + ": " + e.getOriginalMessage()
                            + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (CharacterCodingException e) {
            return new Outcome(
                    index,
                    "the feed is not well-formed UTF-8 after review " + index
                            + " (RFC 3629: overlong forms, encoded surrogates and stray bytes are refused)");
        }
    }

    /**
     * A top-level (or DataFeedItem) object: its fields are read as a tree, except a dataFeedElement or
     * {@code @graph} array, which is read element by element. Without one, the object is itself a review.
     */
    private void container(JsonParser parser, Reviews reviews) throws IOException {
        ObjectNode fields = JSON.createObjectNode();
        boolean hadElements = false;
        while (!stopped && parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ((name.equals("dataFeedElement") || name.equals("@graph")) && value == JsonToken.START_ARRAY) {
                hadElements = true;
                elements(parser, reviews);
            } else {
                fields.set(name, JSON.readTree(parser));
            }
        }
        if (!hadElements && !stopped) {
            offer(fields, reviews);
        }
    }

    private void elements(JsonParser parser, Reviews reviews) throws IOException {
        while (!stopped && parser.nextToken() != JsonToken.END_ARRAY) {
            offer(JSON.readTree(parser), reviews);
        }
    }

    /** A review, or a DataFeedItem carrying one or several in {@code item}. */
    private void offer(JsonNode node, Reviews reviews) {
        if (node.isObject() && ReviewParser.isA(node, "DataFeedItem") && node.has("item")) {
            JsonNode items = node.get("item");
            for (JsonNode item : items.isArray() ? items : List.of(items)) {
                offer(item, reviews);
            }
            return;
        }
        if (!stopped) {
            stopped = !reviews.accept(index++, node);
        }
    }

    private static JsonLocation parserLocation(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? parser.currentLocation() : null;
    }

    private static String where(JsonParser parser) {
        return "line " + parser.currentLocation().getLineNr() + ", column "
                + parser.currentLocation().getColumnNr();
    }
}
