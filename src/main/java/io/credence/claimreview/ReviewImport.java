package io.credence.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import io.credence.classify.SentenceEmbedder;
import io.credence.matching.ClaimSearch;
import io.credence.persistence.DatabaseFailure;
import io.credence.refusal.Refusal;
import io.credence.refusal.Unreadable;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Imports a feed of ClaimReviews as it is read, a batch of {@value #BATCH} reviews at a time, each
 * review in a transaction of its own: a feed of 100,000 reviews takes the memory of one batch, and a
 * review that cannot be imported is reported (its index, url and problem) while the next goes on.
 *
 * <p>A batch is matched before any of it is written. The search index shows a search every claim
 * registered before it, which costs a new index segment after each write: searching between writes,
 * as one review after another would, spent most of an import making segments. So the batch's texts
 * are embedded together, its new reviews searched against the claims registered before the batch,
 * and within the batch a review of a text another review in it registers (compared without case and
 * spacing) goes to that claim. Near-copies inside one batch are left to the desk's duplicate review.
 */
@ApplicationScoped
public class ReviewImport {

    static final int BATCH = 64;

    private final ReviewImporter importer;
    private final ClaimReviewConfig config;
    private final SentenceEmbedder embedder;
    private final ClaimSearch search;

    ReviewImport(ReviewImporter importer, ClaimReviewConfig config, SentenceEmbedder embedder, ClaimSearch search) {
        this.importer = importer;
        this.config = config;
        this.embedder = embedder;
        this.search = search;
    }

    /** A review read from the feed, with its place in it. */
    private record Read(int index, JsonNode node) {}

    public ImportReport importFeed(InputStream feed) throws IOException {
        ImportReport report = new ImportReport();
        int max = config.maxReviewsPerImport();
        List<Read> batch = new ArrayList<>(BATCH);
        FeedReader.Outcome outcome = FeedReader.read(feed, (index, node) -> {
            if (index >= max) {
                report.stopped("the feed holds more than " + max + " reviews; the first " + max
                        + " were read, send the rest in another import (reviews already imported are recognised)");
                return false;
            }
            report.received++;
            batch.add(new Read(index, node));
            if (batch.size() == BATCH) {
                importBatch(batch, report);
                batch.clear();
            }
            return true;
        });
        importBatch(batch, report);
        if (outcome.malformed() != null && outcome.read() == 0) {
            // Nothing in it could be read: the body is bad input, and nothing was written.
            throw new Unreadable("No ClaimReview could be read: " + outcome.malformed());
        }
        if (outcome.malformed() != null) {
            report.stopped(outcome.malformed());
        }
        return report;
    }

    private void importBatch(List<Read> batch, ImportReport report) {
        Map<Read, ReviewItem> items = new LinkedHashMap<>();
        for (Read read : batch) {
            try {
                items.put(read, ReviewParser.parse(read.node()));
            } catch (InvalidReview e) {
                report.failed(read.index(), urlOf(read.node()), e.getMessage());
            }
        }
        Map<ReviewItem, UUID> matched = matchNew(items.values().stream().toList());
        Map<String, UUID> registeredHere = new HashMap<>();
        for (Map.Entry<Read, ReviewItem> entry : items.entrySet()) {
            ReviewItem item = entry.getValue();
            UUID claim = matched.getOrDefault(item, registeredHere.get(sameText(item.claimReviewed())));
            importOne(entry.getKey().index(), item, claim, report)
                    .ifPresent(registered -> registeredHere.putIfAbsent(sameText(item.claimReviewed()), registered));
        }
    }

    /** For each review not imported before, the registered claim that says the same, where there is one. */
    private Map<ReviewItem, UUID> matchNew(List<ReviewItem> items) {
        Set<String> known =
                importer.knownUrls(items.stream().map(ReviewItem::url).toList());
        List<ReviewItem> fresh =
                items.stream().filter(i -> !known.contains(i.url())).toList();
        // Embedded together: what the searches need, and what registering the new claims stores.
        search.prepare(fresh.stream().map(ReviewItem::claimReviewed).toList());
        embedder.embedAll(fresh.stream()
                .flatMap(i -> Stream.of(i.claimReviewed(), i.headline()))
                .filter(Objects::nonNull)
                .toList());
        Map<ReviewItem, UUID> matched = new HashMap<>();
        for (ReviewItem item : fresh) {
            List<ClaimSearch.Match> same = search.sameByTheirSimilarity(item.claimReviewed(), null, 1);
            if (!same.isEmpty()) {
                matched.put(item, same.get(0).claimId());
            }
        }
        return matched;
    }

    /** Imports one review and counts what it did; the claim it registered, if it registered one. */
    private Optional<UUID> importOne(int index, ReviewItem item, UUID sameClaim, ImportReport report) {
        try {
            ReviewImporter.Imported imported = importer.importOne(item, sameClaim);
            switch (imported.outcome()) {
                case REGISTERED -> report.claimsRegistered++;
                case MATCHED -> report.claimsMatched++;
                case UPDATED -> report.updated++;
                case UNCHANGED -> report.unchanged++;
            }
            if (imported.sourceRegistered()) {
                report.sourcesRegistered++;
            }
            return imported.outcome() == ReviewImporter.Outcome.REGISTERED
                    ? Optional.of(imported.claimId())
                    : Optional.empty();
        } catch (InvalidReview | Refusal e) {
            // What a service refuses for this review (its claim, say), as it would refuse the request.
            report.failed(index, item.url(), e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseFailure.of(e) != DatabaseFailure.DUPLICATE) {
                throw e; // the database is gone, or a bug: the import stops; what was imported stays
            }
            report.failed(
                    index, item.url(), "another import wrote this review at the same moment; send it again to compare");
        }
        return Optional.empty();
    }

    private static String sameText(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String urlOf(JsonNode node) {
        return node.path("url").isTextual() ? node.path("url").asText() : null;
    }
}
