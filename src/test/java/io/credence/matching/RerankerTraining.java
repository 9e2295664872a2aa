package io.credence.matching;

import io.credence.classify.ModelTraining;
import io.credence.classify.SentenceClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The claim-matching reranker: logistic regression (LIBLINEAR through Tribuo, as the sentence
 * models) over each candidate's features, trained pointwise on CLEF2020 Task 2 train tweets: a
 * candidate is positive when it is one of the tweet's gold claims. Ranking by its probability
 * orders the candidates. Measured by MatchingEvaluation against the blend; not shipped, since it
 * does no better on dev (docs/MATCHING.md).
 */
final class RerankerTraining {

    static final long SEED = ModelTraining.SEED;

    record Trained(Model<Label> model, List<String> features) {

        ClaimRanker.Scorer scorer() {
            SentenceClassifier classifier = new SentenceClassifier(model, 0.5, "training");
            return classifier::probability;
        }
    }

    /** A capitalized word not at the start of the text: most often a name. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}'’-]+");

    private RerankerTraining() {
    }

    /**
     * The candidate with two features the served blend does not read, so the service does not compute
     * them: the shares of the claim's numbers and of its names found in the text.
     */
    static ClaimRanker.Candidate withWordFeatures(String text, ClaimRanker.Candidate candidate) {
        String readable = ClaimRanker.readable(text);
        java.util.Set<String> words = new java.util.HashSet<>(RelationJudge.numbers(readable));
        for (String word : readable.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.regex.Matcher m = NAME.matcher(candidate.text());
        while (m.find()) {
            names.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Double> features = new java.util.LinkedHashMap<>(candidate.features());
        features.put("numbersShared", shared(RelationJudge.numbers(candidate.text()), RelationJudge.numbers(readable)));
        features.put("namesShared", shared(names, words));
        return new ClaimRanker.Candidate(candidate.claimId(), candidate.text(), features);
    }

    /** Fraction of the claim's items found in the text; 1 when the claim has none. */
    private static double shared(java.util.Set<String> ofClaim, java.util.Set<String> inText) {
        if (ofClaim.isEmpty()) {
            return 1;
        }
        return (double) ofClaim.stream().filter(inText::contains).count() / ofClaim.size();
    }

    static Trained train(List<ClaimMatchingData.Tweet> tweets, Map<String, List<ClaimRanker.Candidate>> candidates,
                         Map<UUID, String> vclaimIds) {
        List<ModelTraining.Row> rows = new ArrayList<>();
        TreeSet<String> features = new TreeSet<>();
        for (ClaimMatchingData.Tweet tweet : tweets) {
            for (ClaimRanker.Candidate c : candidates.get(tweet.id())) {
                rows.add(new ModelTraining.Row(tweet.relevant().contains(vclaimIds.get(c.claimId())), tweet.id(), c.features()));
                features.addAll(c.features().keySet());
            }
        }
        return new Trained(ModelTraining.fit(rows), List.copyOf(features));
    }
}
