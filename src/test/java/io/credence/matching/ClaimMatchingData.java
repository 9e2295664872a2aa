package io.credence.matching;

import io.credence.classify.SentenceEmbedder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CLEF2020-CheckThat! Task 2 (../shared/data/claim-matching): the verified claims, the tweets of a
 * split and their gold pairs, and MAP@5 as the task computes it.
 */
public final class ClaimMatchingData {

    record VerifiedClaim(String id, String text, String title) {}

    public record Tweet(String id, String text, Set<String> relevant) {}

    /**
     * The verified claims in an in-memory index as the service holds them (each with its Snopes
     * title as its headline, registered in the file's order, as scripts/eval-matching.sh registers
     * them), the vclaim id of each claim id, and an embedder that remembers what it embedded.
     */
    record Loaded(ClaimIndex index, Map<UUID, String> vclaimIds, Function<String, float[]> embedder) {}

    static Loaded load(Path root, SentenceEmbedder model) throws IOException {
        List<VerifiedClaim> claims = verifiedClaims(root);
        float[][] vectors = MatchingEvaluation.vectors(
                "claims", claims.stream().map(VerifiedClaim::text).toList(), model::embed);
        float[][] headlines = MatchingEvaluation.vectors(
                "titles", claims.stream().map(VerifiedClaim::title).toList(), model::embed);
        Map<UUID, String> vclaimIds = new HashMap<>();
        ClaimIndex index = ClaimIndex.inMemory();
        for (int i = 0; i < claims.size(); i++) {
            UUID id = UUID.nameUUIDFromBytes(claims.get(i).id().getBytes(StandardCharsets.UTF_8));
            vclaimIds.put(id, claims.get(i).id());
            String title = claims.get(i).title();
            index.put(new ClaimIndex.Entry(
                    id,
                    i + 1,
                    claims.get(i).text(),
                    vectors[i],
                    title.isBlank() ? null : title,
                    title.isBlank() ? null : headlines[i]));
        }
        index.refresh();
        // Each tweet is ranked many times: embed each text once.
        Map<String, float[]> memo = new ConcurrentHashMap<>();
        return new Loaded(index, vclaimIds, text -> memo.computeIfAbsent(text, model::embed));
    }

    private static final CSVFormat TSV = CSVFormat.TDF
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .get();

    private ClaimMatchingData() {}

    public static Path root() {
        String configured = System.getenv("CLAIM_MATCHING_DATA");
        return Path.of(configured != null ? configured : "../shared/data/claim-matching");
    }

    static List<VerifiedClaim> verifiedClaims(Path root) throws IOException {
        List<VerifiedClaim> claims = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(root.resolve("verified_claims.docs.tsv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : TSV.parse(in)) {
                claims.add(new VerifiedClaim(row.get(0), row.get("vclaim"), row.size() > 2 ? row.get("title") : ""));
            }
        }
        return claims;
    }

    public static List<Tweet> tweets(Path root, String split) throws IOException {
        Map<String, Set<String>> gold = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve(split).resolve("tweet-vclaim-pairs.qrels"))) {
            String[] f = line.trim().split("\\s+", -1);
            if (f.length == 4 && f[3].equals("1")) {
                gold.computeIfAbsent(f[0], t -> new HashSet<>()).add(f[2]);
            }
        }
        Map<String, Tweet> tweets = new LinkedHashMap<>();
        try (Reader in =
                Files.newBufferedReader(root.resolve(split).resolve("tweets.queries.tsv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : TSV.parse(in)) {
                String id = row.get(0);
                if (gold.containsKey(id)) {
                    tweets.put(id, new Tweet(id, row.get("tweet_content"), gold.get(id)));
                }
            }
        }
        return List.copyOf(tweets.values());
    }

    /** Average precision over the top 5, divided by the number of relevant claims (the task's MAP@5 term). */
    static double averagePrecisionAt5(List<String> ranked, Set<String> relevant) {
        double hits = 0;
        double sum = 0;
        for (int i = 0; i < Math.min(5, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                hits++;
                sum += hits / (i + 1);
            }
        }
        return relevant.isEmpty() ? 0 : sum / relevant.size();
    }
}
