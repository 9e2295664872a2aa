package io.credence.audit.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's verifier for the desk's published verdicts, run from the service's jar without the service:
 * <pre>
 * java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' io.credence.audit.proof.VerifyReviews \
 *      claim-reviews.json jwks.json
 * </pre>
 * The first file is one ClaimReview ({@code GET /claims/{id}/claim-review}), a DataFeed of them
 * ({@code GET /claim-reviews}) or a webhook notice's data; the second is the key set pinned from
 * {@code GET /.well-known/jwks.json}. Prints a line per review; exit status 0 when every review
 * verifies, 1 when any is refused (each named with its reason), 2 when the input cannot be read.
 */
public final class VerifyReviews {

    private VerifyReviews() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("usage: VerifyReviews <claim-review or feed.json> <jwks.json>");
            return 2;
        }
        JsonNode document;
        KeySet keys;
        try {
            document = new ObjectMapper().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
            keys = KeySet.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            out.println("cannot read the input: " + e.getMessage());
            return 2;
        }
        List<JsonNode> reviews = new ArrayList<>();
        (document.has("dataFeedElement") ? document.get("dataFeedElement") : List.of(document)).forEach(reviews::add);
        int refused = 0;
        for (int i = 0; i < reviews.size(); i++) {
            JsonNode review = reviews.get(i);
            SignedJson.Check check = SignedJson.check(review, keys);
            String name = "#" + (i + 1) + " "
                    + review.path("url").asText(review.path("claimReviewed").asText("(unnamed)"));
            if (check.valid()) {
                out.printf("VERIFIED %s: signed %s with key %s%n", name, check.signedAt(), check.keyId());
            } else {
                refused++;
                out.printf("REFUSED %s: %s%n", name, check.refusal());
            }
        }
        out.printf("%d of %d verified%n", reviews.size() - refused, reviews.size());
        return refused == 0 ? 0 : 1;
    }
}
