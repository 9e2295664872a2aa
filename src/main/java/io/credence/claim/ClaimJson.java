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
 * A claim as {@code GET /claims/{id}} shows it, as JSON, written again only when the answer changed.
 * Jackson writing the answer was 5 % of a read's cost, and most reads find the claim as it was. The
 * answer record is still made on every read (cheap: the claim's fields and its remembered analysis)
 * and compared, as a value, with the one last written: not the claim's version alone, which a row
 * changed outside the service (a seed, a hand edit) leaves where it was. Written by the service's own
 * object mapper, with its customizations (such as {@code HtmlSafeJson}'s escapes), exactly as the REST
 * layer writes it.
 */
@ApplicationScoped
public class ClaimJson {

    /** The claims a desk reads again: at about 1 KB of JSON each, and the answer, under 20 MB. */
    private static final int REMEMBERED = 8192;

    /** The JSON of one answer (a class, not a record: a record's equals would compare the array by identity). */
    private static final class Written {
        final ClaimResponse answer;
        final byte[] json;

        Written(ClaimResponse answer, byte[] json) {
            this.answer = answer;
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

    /** The claim's answer as JSON; the same array while the answer is the same (never change it). */
    public byte[] of(Claim claim) {
        ClaimResponse answer = response(claim);
        Written written = recent.getIfPresent(claim.id);
        if (written == null || !written.answer.equals(answer)) {
            written = new Written(answer, write(answer));
            // Two reads of different states may race; the loser's entry is only a miss later.
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
