package io.credence.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.credence.language.TextAnalyses;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A claim as {@code GET /claims/{id}} shows it, as JSON, written once per version of the claim. The
 * answer is a function of the claim's row alone (its text's analysis cannot change while the service
 * runs), and every change to a claim moves its version on, as its ETag relies on; so a claim read
 * again unchanged is not serialized again. Written by the service's own object mapper, with its
 * customizations (such as {@code HtmlSafeJson}'s escapes), exactly as the REST layer writes it.
 */
@ApplicationScoped
public class ClaimJson {

    /** The claims a desk reads again: at about 1 KB each, under 10 MB. */
    private static final int REMEMBERED = 8192;

    /** One version's JSON (a class, not a record: a record's equals would compare the array by identity). */
    private static final class Written {
        final long version;
        final byte[] json;

        Written(long version, byte[] json) {
            this.version = version;
            this.json = json;
        }
    }

    private final ObjectWriter writer;
    private final TextAnalyses analyses;
    private final Cache<UUID, Written> recent = Caffeine.newBuilder()
            .maximumSize(REMEMBERED)
            .executor(Runnable::run)
            .build();

    ClaimJson(ObjectMapper mapper, TextAnalyses analyses) {
        this.writer = mapper.writerFor(ClaimResponse.class);
        this.analyses = analyses;
    }

    /** The claim's answer as JSON; the same array for the same version (never change it). */
    public byte[] of(Claim claim) {
        Written written = recent.getIfPresent(claim.id);
        if (written == null || written.version != claim.version) {
            written = new Written(claim.version, write(response(claim)));
            // Two reads of different versions may race; the loser's entry is only a miss later.
            recent.put(claim.id, written);
        }
        return written.json;
    }

    /** The claim's answer as a record, for answers that add to it. */
    public ClaimResponse response(Claim claim) {
        return ClaimResponse.of(claim, analyses.ofClaim(claim.id, claim.text));
    }

    private byte[] write(ClaimResponse response) {
        try {
            return writer.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim " + response.id() + " cannot be written as JSON", e);
        }
    }
}
