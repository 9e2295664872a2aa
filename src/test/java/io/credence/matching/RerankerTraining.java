package io.credence.matching;

import io.credence.classify.ModelTraining;
import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import io.credence.hashing.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Trains the claim-matching reranker shipped as {@code models/claim-reranker}: logistic regression
 * (LIBLINEAR through Tribuo, as the sentence models) over each candidate's features
 * ({@link ClaimRanker#candidates}), trained pointwise on the CLEF2020 Task 2 train tweets: a
 * candidate is positive when it is one of the tweet's gold claims. Cross-validated on train (5
 * folds of tweets), then trained on all of train and measured once on dev; the card records both.
 *
 * <p>Run: {@code scripts/train-matching-reranker.sh} (docs/MATCHING.md).
 */
public final class RerankerTraining {

    static final long SEED = ModelTraining.SEED;
    static final String NAME = "claim-reranker";
    /**
     * The generation of the features' definition, in the version: the same data read with other
     * features makes another model. 2: words, numbers and names from io.credence.text.
     */
    static final int FEATURE_GENERATION = 2;

    private static final int FOLDS = 5;

    record Trained(Model<Label> model, List<String> features) {

        ClaimRanker.Scorer scorer() {
            SentenceClassifier classifier = new SentenceClassifier(model, 0.5, "training");
            return classifier::probability;
        }
    }

    private RerankerTraining() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/models");
        Path root = ClaimMatchingData.root();
        ClaimMatchingData.Loaded data = ClaimMatchingData.load(root, new SentenceEmbedder());
        try (ClaimIndex index = data.index()) {
            ClaimRanker candidates = new ClaimRanker(
                    index,
                    data.embedder(),
                    ClaimRanker.blend(ClaimRanker.SEMANTIC_WEIGHT),
                    PairSimilarity.unscored(new PairFeatures(Map.of())));
            List<ClaimMatchingData.Tweet> train = ClaimMatchingData.tweets(root, "train");
            List<ClaimMatchingData.Tweet> dev = ClaimMatchingData.tweets(root, "dev");
            Map<String, List<ClaimRanker.Candidate>> trainCandidates =
                    MatchingEvaluation.candidatesOf(candidates, train);

            List<ClaimMatchingData.Tweet> shuffled = new ArrayList<>(train);
            Collections.shuffle(shuffled, new Random(SEED));
            double cv = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
                List<ClaimMatchingData.Tweet> fit = new ArrayList<>();
                List<ClaimMatchingData.Tweet> held = new ArrayList<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    (i % FOLDS == fold ? held : fit).add(shuffled.get(i));
                }
                cv += MatchingEvaluation.map5(
                                held,
                                trainCandidates,
                                train(fit, trainCandidates, data.vclaimIds()).scorer(),
                                data.vclaimIds())
                        / FOLDS;
            }
            System.out.printf("reranker  train MAP@5 (%d-fold cross-validated) %.4f%n", FOLDS, cv);
            Trained trained = train(train, trainCandidates, data.vclaimIds());
            double devMap = MatchingEvaluation.map5(
                    dev, MatchingEvaluation.candidatesOf(candidates, dev), trained.scorer(), data.vclaimIds());
            System.out.printf("reranker (trained on all of train)  dev MAP@5 %.4f%n", devMap);

            String digest =
                    Sha256.hex(Files.readString(root.resolve("verified_claims.docs.tsv"), StandardCharsets.UTF_8)
                            + Files.readString(root.resolve("train/tweets.queries.tsv"), StandardCharsets.UTF_8)
                            + Files.readString(root.resolve("train/tweet-vclaim-pairs.qrels"), StandardCharsets.UTF_8));
            String version = NAME + "-" + FEATURE_GENERATION + "-" + digest.substring(0, 8);
            Files.createDirectories(out);
            trained.model().serializeToFile(out.resolve(NAME + ".tribuo"));
            List<String> card = List.of(
                    "# Model card of " + NAME + ", written by scripts/train-matching-reranker.sh; do not edit.",
                    "version=" + version,
                    "threshold=0.50",
                    "learner=L2-regularised logistic regression (LIBLINEAR via Tribuo 4.3.2), C=1.0, pointwise",
                    "features=" + String.join(" ", trained.features()),
                    "data=CLEF2020-CheckThat! Task 2 (English) verified_claims.docs.tsv with titles, train tweets ("
                            + train.size() + ") and their gold pairs, sha256 " + digest,
                    "cv=" + FOLDS + "-fold on train tweets: MAP@5 " + String.format(Locale.ROOT, "%.4f", cv),
                    "dev=" + dev.size() + " dev tweets, measured once: MAP@5 "
                            + String.format(Locale.ROOT, "%.4f", devMap));
            try (OutputStream o = Files.newOutputStream(out.resolve(NAME + ".properties"))) {
                o.write((String.join("\n", card) + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            System.out.printf("wrote %s (version %s)%n", out.resolve(NAME + ".tribuo"), version);
        }
    }

    static Trained train(
            List<ClaimMatchingData.Tweet> tweets,
            Map<String, List<ClaimRanker.Candidate>> candidates,
            Map<UUID, String> vclaimIds) {
        List<ModelTraining.Row> rows = new ArrayList<>();
        TreeSet<String> features = new TreeSet<>();
        for (ClaimMatchingData.Tweet tweet : tweets) {
            for (ClaimRanker.Candidate c : candidates.get(tweet.id())) {
                rows.add(new ModelTraining.Row(
                        tweet.relevant().contains(vclaimIds.get(c.claimId())), tweet.id(), c.features()));
                features.addAll(c.features().keySet());
            }
        }
        return new Trained(ModelTraining.fit(rows), List.copyOf(features));
    }
}
