package io.credence.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.classify.SentenceEmbedder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * MAP@5 of the served path on CLEF2020-CheckThat! Task 2: registers the verified claims through
 * {@code POST /claims} (in parallel), then ranks each tweet of a split through
 * {@code POST /claims/search} (one at a time, timed) and prints MAP@5 and the search latency; then
 * checks each tweet through {@code POST /check} as a CMS would and prints the share of tweets whose
 * fact-checked claim a sentence's SAME matches include (recall) and the precision of those matches
 * (a match counts as right when it is a gold claim, and apart from that when it is another Snopes
 * check of the gold claim, {@link ClaimCopies}).
 * Run by scripts/eval-matching.sh, which starts a fresh service:
 * {@code HttpMatchingEvaluation <base url> <editor key> [split]}.
 */
public final class HttpMatchingEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;

    private HttpMatchingEvaluation() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        String split = args.length > 2 ? args[2] : "dev";
        Path root = ClaimMatchingData.root();
        List<ClaimMatchingData.VerifiedClaim> claims = ClaimMatchingData.verifiedClaims(root);
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> vclaimOf = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (ClaimMatchingData.VerifiedClaim claim : claims) {
            done.add(writers.submit(() -> {
                // Each verified claim with the headline Snopes published its fact-check under (the task's "title").
                Map<String, Object> body = claim.title().isBlank()
                        ? Map.of("text", claim.text())
                        : Map.of("text", claim.text(), "headline", claim.title());
                JsonNode created = post(http, base + "/claims", key, body, 201);
                vclaimOf.put(created.get("id").asText(), claim.id());
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();
        System.out.printf(
                "registered %d claims in %.0f s (%d writers)%n",
                claims.size(), (System.nanoTime() - started) / 1e9, WRITERS);

        List<ClaimMatchingData.Tweet> tweets = ClaimMatchingData.tweets(root, split);
        List<Double> millis = new ArrayList<>();
        double sum = 0;
        for (ClaimMatchingData.Tweet tweet : tweets) {
            long t0 = System.nanoTime();
            JsonNode found = post(http, base + "/claims/search", key, Map.of("text", tweet.text(), "limit", 5), 200);
            millis.add((System.nanoTime() - t0) / 1e6);
            List<String> ranked = new ArrayList<>();
            found.get("matches")
                    .forEach(m -> ranked.add(vclaimOf.get(m.get("id").asText())));
            sum += ClaimMatchingData.averagePrecisionAt5(ranked, tweet.relevant());
        }
        Collections.sort(millis);
        checkTweets(
                http,
                base,
                key,
                tweets,
                vclaimOf,
                ClaimCopies.of(
                        claims,
                        MatchingEvaluation.vectors(
                                "claims",
                                claims.stream()
                                        .map(ClaimMatchingData.VerifiedClaim::text)
                                        .toList(),
                                new SentenceEmbedder()::embed)));
        checkArticle(http, base, key, tweets);
        System.out.printf(
                "%s: %d tweets, MAP@5 %.4f; POST /claims/search p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                split,
                tweets.size(),
                sum / tweets.size(),
                percentile(millis, 0.50),
                percentile(millis, 0.95),
                millis.get(millis.size() - 1));
    }

    /** Each tweet through POST /check: the recall of its fact-checked claim among the SAME matches, and their precision. */
    private static void checkTweets(
            HttpClient http,
            String base,
            String key,
            List<ClaimMatchingData.Tweet> tweets,
            Map<String, String> vclaimOf,
            ClaimCopies copies)
            throws Exception {
        int found = 0;
        int shown = 0;
        int right = 0;
        int rightOrCopy = 0;
        for (ClaimMatchingData.Tweet tweet : tweets) {
            JsonNode checked = post(http, base + "/check", key, Map.of("text", tweet.text()), 200);
            Set<String> same = new HashSet<>();
            checked.get("sentences")
                    .forEach(s -> s.get("matches").forEach(m -> {
                        if (m.get("relation").asText().equals("SAME")) {
                            same.add(vclaimOf.get(m.get("id").asText()));
                        }
                    }));
            shown += same.size();
            right += (int) same.stream().filter(tweet.relevant()::contains).count();
            rightOrCopy += (int) same.stream()
                    .filter(v -> copies.sameClaim(v, tweet.relevant()))
                    .count();
            found += same.stream().anyMatch(tweet.relevant()::contains) ? 1 : 0;
        }
        System.out.printf(
                "POST /check of each tweet: the fact-checked claim among the SAME matches for %d of %d tweets "
                        + "(recall %.3f); %d SAME matches shown, precision %.3f, counting the data set's copies of the gold claim %.3f%n",
                found,
                tweets.size(),
                (double) found / tweets.size(),
                shown,
                shown == 0 ? 0 : (double) right / shown,
                shown == 0 ? 0 : (double) rightOrCopy / shown);
    }

    /** Times POST /check of a 1,000-word article made of the split's tweets (five runs after one warm-up). */
    private static void checkArticle(HttpClient http, String base, String key, List<ClaimMatchingData.Tweet> tweets)
            throws Exception {
        StringBuilder article = new StringBuilder();
        int words = 0;
        for (int i = 0; words < 1000; i++) {
            String tweet = tweets.get(i % tweets.size()).text();
            article.append(tweet).append("\n\n");
            words += tweet.split("\\s+").length;
        }
        List<Double> millis = new ArrayList<>();
        int sentences = 0;
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            JsonNode checked = post(http, base + "/check", key, Map.of("text", article.toString()), 200);
            if (run > 0) {
                millis.add((System.nanoTime() - t0) / 1e6);
            }
            sentences = checked.get("sentences").size();
        }
        Collections.sort(millis);
        System.out.printf(
                "POST /check of a %d-word article (%d sentences): median %.0f ms, max %.0f ms%n",
                words, sentences, millis.get(2), millis.get(4));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static JsonNode post(HttpClient http, String url, String key, Object body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
