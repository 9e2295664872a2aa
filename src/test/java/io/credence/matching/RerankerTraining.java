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

    private RerankerTraining() {
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
