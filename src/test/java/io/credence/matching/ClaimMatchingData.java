package io.credence.matching;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CLEF2020-CheckThat! Task 2 (../shared/data/claim-matching): the verified claims, the tweets of a
 * split and their gold pairs, and MAP@5 as the task computes it.
 */
final class ClaimMatchingData {

    record VerifiedClaim(String id, String text, String title) {
    }

    record Tweet(String id, String text, Set<String> relevant) {
    }

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();

    private ClaimMatchingData() {
    }

    static Path root() {
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

    static List<Tweet> tweets(Path root, String split) throws IOException {
        Map<String, Set<String>> gold = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve(split).resolve("tweet-vclaim-pairs.qrels"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4 && f[3].equals("1")) {
                gold.computeIfAbsent(f[0], t -> new HashSet<>()).add(f[2]);
            }
        }
        Map<String, Tweet> tweets = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(root.resolve(split).resolve("tweets.queries.tsv"), StandardCharsets.UTF_8)) {
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
