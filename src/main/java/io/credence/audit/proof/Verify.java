package io.credence.audit.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * The auditor's verifier, run from the service's own jar without starting the service:
 * <pre>
 * java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' io.credence.audit.proof.Verify \
 *      audit.jsonl checkpoint-12.json public-key.txt
 * </pre>
 * The export is a full JSON Lines export, the checkpoint a {@code GET /audit/checkpoints/{n}}
 * answer (or a copy a webhook brought, with its heads fetched later: the signed root vouches for
 * them), the key the base64 public key pinned when it was first received. Exit status 0 when the
 * export is proven, 1 when it is refuted (each problem on a line), 2 when the input cannot be read.
 */
public final class Verify {

    private Verify() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 3) {
            out.println("usage: Verify <export.jsonl> <checkpoint.json> <public-key file or base64>");
            return 2;
        }
        ExportVerifier verifier = new ExportVerifier();
        JsonNode checkpoint;
        PublicKey key;
        try (BufferedReader export = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            export.lines().forEach(verifier::accept);
            checkpoint = new ObjectMapper().readTree(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
            Path keyFile = Path.of(args[2]);
            key = Ed25519.publicKey(
                    Files.isRegularFile(keyFile) ? Files.readString(keyFile, StandardCharsets.US_ASCII) : args[2]);
        } catch (IOException | IllegalArgumentException e) {
            out.println("cannot read the input: " + e.getMessage());
            return 2;
        }
        ExportVerifier.Result result = verifier.against(checkpoint, key);
        if (result.proven()) {
            out.printf(
                    "PROVEN: %d events; checkpoint %d signs the %d of them it covers%n",
                    result.events(), checkpoint.path("sequence").asLong(), result.coveredEvents());
            return 0;
        }
        out.printf("REFUTED: %d problem(s) in %d events%n", result.problems().size(), result.events());
        result.problems().forEach(problem -> out.println("- " + problem));
        return 1;
    }
}
