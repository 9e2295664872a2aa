package io.credence.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.hashing.Sha256;
import io.credence.text.ControlCharacters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Reads one schema.org ClaimReview (JSON-LD, as fact-checkers embed it in their pages) into a
 * {@link ReviewItem}. Lenient where publishers differ (a property given once or as an array, a Thing
 * or a plain name, a date or a date-time) and strict where the import needs a value: the review's
 * url (its identity), the claim reviewed, the reviewing organisation.
 */
final class ReviewParser {

    static final int MAX_CLAIM = 10_000;
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewParser() {}

    static ReviewItem parse(JsonNode review) throws InvalidReview {
        if (!review.isObject()) {
            throw new InvalidReview("a review must be a JSON object, was "
                    + review.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        if (!isA(review, "ClaimReview")) {
            throw new InvalidReview("@type must be ClaimReview, was " + review.path("@type"));
        }
        String unfit = unfitText(review, "");
        if (unfit != null) {
            // As every other operation refuses them: PostgreSQL cannot store NUL, and 0x1F separates hashed fields.
            throw new InvalidReview(unfit + " " + ControlCharacters.REFUSAL);
        }
        String url = text(review, "url");
        if (url == null || !HTTP_URL.matcher(url).matches() || url.length() > 2000) {
            throw new InvalidReview("url must be the review's http(s) address (at most 2,000 characters): the import "
                    + "knows a review by it");
        }
        String claim = text(review, "claimReviewed");
        if (claim == null) {
            throw new InvalidReview("claimReviewed is required: the claim the review checks");
        }
        if (claim.length() > MAX_CLAIM) {
            throw new InvalidReview("claimReviewed has " + claim.length() + " characters; at most " + MAX_CLAIM);
        }
        JsonNode author = first(review.path("author"));
        String organisation = author.isTextual() ? blankToNull(author.asText()) : text(author, "name");
        if (organisation == null) {
            throw new InvalidReview("author.name is required: the organisation that reviewed the claim");
        }
        String organisationUrl = author.isObject() ? httpUrl(text(author, "url")) : null;
        JsonNode rating = first(review.path("reviewRating"));
        String textual = bounded(text(rating, "alternateName"), 300);
        Integer placed = RatingScale.place(
                number(rating, "ratingValue"), number(rating, "bestRating"), number(rating, "worstRating"), textual);
        JsonNode item = first(review.path("itemReviewed"));
        JsonNode claimant = first(item.path("author"));
        return new ReviewItem(
                url,
                claim,
                bounded(firstText(review, "headline", "name"), 500),
                bounded(claimant.isTextual() ? blankToNull(claimant.asText()) : text(claimant, "name"), 300),
                bounded(organisation, 300),
                organisationUrl,
                textual,
                placed,
                date(text(review, "datePublished")),
                appearances(item),
                language(review),
                contentHash(review));
    }

    /** The path of the first field name or text in the review holding a character the service refuses, or null. */
    private static String unfitText(JsonNode node, String path) {
        if (node.isTextual()) {
            return ControlCharacters.in(node.asText()) ? (path.isEmpty() ? "the review" : path) : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String unfit = unfitText(node.get(i), path + "[" + i + "]");
                if (unfit != null) {
                    return unfit;
                }
            }
        }
        for (var fields = node.fields(); node.isObject() && fields.hasNext(); ) {
            var field = fields.next();
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (ControlCharacters.in(field.getKey())) {
                return "a field name";
            }
            String unfit = unfitText(field.getValue(), at);
            if (unfit != null) {
                return unfit;
            }
        }
        return null;
    }

    /** Whether the node's @type is (or includes) this type, with or without the schema.org prefix. */
    static boolean isA(JsonNode node, String type) {
        for (JsonNode t : node.path("@type").isArray() ? node.path("@type") : List.of(node.path("@type"))) {
            String name = t.asText();
            if (name.equals(type) || name.endsWith("/" + type) || name.equals("schema:" + type)) {
                return true;
            }
        }
        return false;
    }

    private static List<ReviewItem.Appeared> appearances(JsonNode item) {
        List<ReviewItem.Appeared> found = new ArrayList<>();
        JsonNode all = item.path("appearance").isMissingNode() ? item.path("firstAppearance") : item.path("appearance");
        for (JsonNode a : all.isArray() ? all : List.of(all)) {
            String url = httpUrl(a.isTextual() ? a.asText() : text(a, "url"));
            if (url != null && found.stream().noneMatch(f -> f.url().equals(url))) {
                JsonNode publisher = first(a.path("publisher"));
                String name = publisher.isTextual() ? publisher.asText() : text(publisher, "name");
                LocalDate published = date(text(a, "datePublished"));
                found.add(new ReviewItem.Appeared(
                        url,
                        bounded(name, 300),
                        published == null
                                ? null
                                : published.atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
        }
        return found;
    }

    private static String language(JsonNode review) {
        JsonNode language = first(review.path("inLanguage"));
        String tag = language.isTextual() ? language.asText() : text(language, "alternateName");
        return tag != null && tag.length() <= 35 && LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
    }

    private static String contentHash(JsonNode review) {
        try {
            byte[] canonical = new JsonCanonicalizer(JSON.writeValueAsString(review)).getEncodedUTF8();
            return Sha256.hex(canonical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date (2026-11-25) or the date of a date-time, in UTC; null when absent or unreadable. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10
                    ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value)
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = first(node.path(field));
        return value.isValueNode() ? blankToNull(value.asText()) : null;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = first(node.path(field));
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.valueOf(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String httpUrl(String value) {
        return value != null
                        && value.length() <= 2000
                        && HTTP_URL.matcher(value).matches()
                ? value
                : null;
    }

    /** The value, cut to at most max characters with an ellipsis when longer (null stays null). */
    static String bounded(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
