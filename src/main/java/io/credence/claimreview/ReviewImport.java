package io.credence.claimreview;

import com.fasterxml.jackson.databind.JsonNode;
import io.credence.api.ApiException;
import io.credence.api.DatabaseFailure;
import io.credence.api.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;

/**
 * Imports a feed of ClaimReviews as it is read: each review is parsed and imported in a transaction
 * of its own, then forgotten, so a feed of 100,000 reviews takes the memory of one. A review that
 * cannot be imported is reported (its index, url and problem) and the next one goes on.
 */
@ApplicationScoped
public class ReviewImport {

    private final ReviewImporter importer;
    private final ClaimReviewConfig config;

    ReviewImport(ReviewImporter importer, ClaimReviewConfig config) {
        this.importer = importer;
        this.config = config;
    }

    public ImportReport importFeed(InputStream feed) throws IOException {
        ImportReport report = new ImportReport();
        int max = config.maxReviewsPerImport();
        FeedReader.Outcome outcome = FeedReader.read(feed, (index, node) -> {
            if (index >= max) {
                report.stopped("the feed holds more than " + max + " reviews; the first " + max
                        + " were read, send the rest in another import (reviews already imported are recognised)");
                return false;
            }
            report.received++;
            importOne(index, node, report);
            return true;
        });
        if (outcome.malformed() != null && outcome.read() == 0) {
            // Nothing in it could be read: the body is bad input, and nothing was written.
            throw new ApiException(ProblemType.MALFORMED_BODY, "No ClaimReview could be read: " + outcome.malformed());
        }
        if (outcome.malformed() != null) {
            report.stopped(outcome.malformed());
        }
        return report;
    }

    private void importOne(int index, JsonNode node, ImportReport report) {
        String url = node.path("url").isTextual() ? node.path("url").asText() : null;
        try {
            ReviewImporter.Imported imported = importer.importOne(ReviewParser.parse(node));
            switch (imported.outcome()) {
                case REGISTERED -> report.claimsRegistered++;
                case MATCHED -> report.claimsMatched++;
                case UPDATED -> report.updated++;
                case UNCHANGED -> report.unchanged++;
            }
            if (imported.sourceRegistered()) {
                report.sourcesRegistered++;
            }
        } catch (InvalidReview e) {
            report.failed(index, url, e.getMessage());
        } catch (ApiException e) {
            // What a service refuses for this review (its claim, say), as it would refuse the request.
            report.failed(index, url, e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseFailure.of(e) != DatabaseFailure.DUPLICATE) {
                throw e; // the database is gone, or a bug: the import stops; what was imported stays
            }
            report.failed(index, url, "another import wrote this review at the same moment; send it again to compare");
        }
    }
}
