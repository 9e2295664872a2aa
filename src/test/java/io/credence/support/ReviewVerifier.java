package io.credence.support;

import io.credence.audit.proof.VerifyReviews;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The partners' verifier in the jar, run as its main would be, with what it printed. */
public final class ReviewVerifier {

    private ReviewVerifier() {}

    public record Verification(int status, String output) {}

    public static Verification verify(Path document, Path keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyReviews.run(
                new String[] {document.toString(), keys.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Verification(status, out.toString(StandardCharsets.UTF_8));
    }
}
