package io.credence.matching;

import io.credence.classify.ModelTraining;
import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import io.credence.hashing.Sha256;
import io.credence.text.Sentences;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.AdaBoostTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.RandomForestTrainer;

/**
 * Trains the pairwise similarity shipped as {@code models/claim-pair}: the probability that a text
 * and a registered claim state the same claim, from the pair alone ({@link PairFeatures}), so that
 * the number a match reports and the SAME decision do not move as other claims are registered.
 * L2 logistic regression (LIBLINEAR through Tribuo, as the other models) trained on the CLEF2020
 * Task 2 train tweets: positives are a tweet's gold claims, negatives the nearest non-gold
 * candidates the ranker puts in the tweet's first {@link #NEGATIVES_FROM_TOP} (the pairs a SAME
 * decision has to tell apart), leaving out the data set's other checks of the gold claim
 * ({@link ClaimCopies}: they state the same claim, and as negatives they taught the model that identical
 * claims differ). Each tweet counts whole and sentence by sentence, as {@code /check} reads it.
 *
 * <p>Cross-validated on train (5 folds of tweets): the out-of-fold probabilities give the precision
 * of the shown pairs at 0.5, 0.7 and 0.9 and, through the same decision {@code /check} makes, the
 * share of tweets whose fact-check it finds (recall), the precision of its SAME matches (a match
 * counts as right when it is a gold claim or a copy of one) and the share of tweets shown a SAME match
 * when their fact-check is not registered, for each {@link Rule}: a threshold for every candidate and
 * a lower one for the first candidate of a text searched whole. The rule chosen is the one with the
 * highest recall at a cross-validated precision of at least 0.85 and false alarms at most
 * {@link #FALSE_ALARMS_AT_MOST}. Then trained on all of train and measured once on dev.
 *
 * <p>Run: {@code scripts/train-matching-pair.sh} (docs/MATCHING.md).
 */
public final class PairTraining {

    static final String NAME = "claim-pair";
    /** The generation of the features' definition, in the version. */
    static final int FEATURE_GENERATION = 1;

    private static final int FOLDS = 5;
    /** Matches shown per searched text, as {@code /check} shows them. */
    private static final int SHOWN = 5;
    /** Negatives: the non-gold candidates among the ranker's first this many. */
    static final int NEGATIVES_FROM_TOP = 20;

    /** One searched text of a tweet (the whole tweet or one of its sentences) and its first candidates, in order. */
    record Searched(String text, List<ClaimRanker.Candidate> ranked) {}

    /** A tweet as /check reads it: its searched texts. */
    record Checked(ClaimMatchingData.Tweet tweet, List<Searched> searched) {}

    private PairTraining() {}

    static ClaimCopies copies;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/models");
        Path root = ClaimMatchingData.root();
        ClaimMatchingData.Loaded data = ClaimMatchingData.load(root, new SentenceEmbedder());
        SentenceClassifier reranker = SentenceClassifier.load(ClaimSearch.RERANKER);
        try (ClaimIndex index = data.index()) {
            List<ClaimMatchingData.VerifiedClaim> verified = ClaimMatchingData.verifiedClaims(root);
            copies = ClaimCopies.of(
                    verified,
                    MatchingEvaluation.vectors(
                            "claims",
                            verified.stream()
                                    .map(ClaimMatchingData.VerifiedClaim::text)
                                    .toList(),
                            text -> {
                                throw new IllegalStateException(
                                        "the claims' vectors are cached by ClaimMatchingData.load");
                            }));
            Map<String, Double> weights = PairFeatures.weightsOf(ClaimMatchingData.verifiedClaims(root).stream()
                    .map(c -> c.text() + "\n" + c.title())
                    .toList());
            ClaimRanker ranker = new ClaimRanker(
                    index, data.embedder(), reranker::probability, PairSimilarity.unscored(new PairFeatures(weights)));
            List<ClaimMatchingData.Tweet> trainTweets = ClaimMatchingData.tweets(root, "train");
            List<ClaimMatchingData.Tweet> devTweets = ClaimMatchingData.tweets(root, "dev");
            List<Checked> train = checked(ranker, reranker, trainTweets);
            List<Checked> dev = checked(ranker, reranker, devTweets);
            Map<UUID, String> vclaims = data.vclaimIds();

            List<Checked> shuffled = new ArrayList<>(train);
            Collections.shuffle(shuffled, new Random(ModelTraining.SEED));
            Map<Checked, Map<UUID, Double>> outOfFold = new HashMap<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                List<Checked> fit = new ArrayList<>();
                List<Checked> held = new ArrayList<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    (i % FOLDS == fold ? held : fit).add(shuffled.get(i));
                }
                SentenceClassifier model = classifier(fit(fit, vclaims), "fold");
                held.forEach(c -> outOfFold.put(c, similarities(c, model)));
            }
            System.out.println("== cross-validated on train (" + FOLDS + " folds of tweets)");
            Rule chosen = report(train, outOfFold, vclaims, true);

            Model<Label> model = fit(train, vclaims);
            SentenceClassifier trained = classifier(model, "trained");
            Map<Checked, Map<UUID, Double>> devScores = new HashMap<>();
            dev.forEach(c -> devScores.put(c, similarities(c, trained)));
            System.out.println("== dev (trained on all of train, threshold chosen on train: " + chosen + ")");
            report(dev, devScores, vclaims, false);
            CheckFigures devCheck = CheckFigures.of(dev, devScores, vclaims, chosen);
            Calibration devCalibration = Calibration.of(dev, devScores, vclaims);

            String digest =
                    Sha256.hex(Files.readString(root.resolve("verified_claims.docs.tsv"), StandardCharsets.UTF_8)
                            + Files.readString(root.resolve("train/tweets.queries.tsv"), StandardCharsets.UTF_8)
                            + Files.readString(root.resolve("train/tweet-vclaim-pairs.qrels"), StandardCharsets.UTF_8));
            String version = NAME + "-" + FEATURE_GENERATION + "-" + digest.substring(0, 8);
            Files.createDirectories(out);
            model.serializeToFile(out.resolve(NAME + ".tribuo"));
            List<String> words = new ArrayList<>();
            weights.forEach((stem, weight) -> words.add(stem + "\t" + String.format(Locale.ROOT, "%.4f", weight)));
            Files.write(out.resolve(NAME + ".words.tsv"), words, StandardCharsets.UTF_8);
            List<String> card = List.of(
                    "# Model card of " + NAME + ", written by scripts/train-matching-pair.sh; do not edit.",
                    "version=" + version,
                    "threshold=" + String.format(Locale.ROOT, "%.2f", chosen.sameFrom()),
                    "first-threshold=" + String.format(Locale.ROOT, "%.2f", chosen.firstSameFrom()),
                    "learner=L2-regularised logistic regression (LIBLINEAR via Tribuo 4.3.2), C=1.0, pointwise on pairs",
                    "features="
                            + String.join(
                                    " ",
                                    new TreeSet<>(train.get(0)
                                            .searched()
                                            .get(0)
                                            .ranked()
                                            .get(0)
                                            .pair()
                                            .keySet())),
                    "data=CLEF2020-CheckThat! Task 2 (English) verified_claims.docs.tsv with titles, train tweets ("
                            + train.size()
                            + ") whole and by sentence, gold pairs positive, the other candidates among the ranker's first "
                            + NEGATIVES_FROM_TOP
                            + " negative unless another check of the gold claim; word weights from the verified claims and titles"
                            + " (" + NAME + ".words.tsv), sha256 " + digest,
                    "cv=" + FOLDS + "-fold on train tweets: "
                            + CheckFigures.of(train, outOfFold, vclaims, chosen) + "; "
                            + Calibration.of(train, outOfFold, vclaims),
                    "dev=" + dev.size() + " dev tweets, measured once: " + devCheck + "; " + devCalibration);
            try (OutputStream o = Files.newOutputStream(out.resolve(NAME + ".properties"))) {
                o.write((String.join("\n", card) + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            System.out.printf("wrote %s (version %s)%n", out.resolve(NAME + ".tribuo"), version);
        }
    }

    /** Each tweet searched whole and by sentence, as /check searches it, with the first candidates in the reranker's order. */
    static List<Checked> checked(
            ClaimRanker ranker, SentenceClassifier reranker, List<ClaimMatchingData.Tweet> tweets) {
        List<Checked> all = new ArrayList<>();
        for (ClaimMatchingData.Tweet tweet : tweets) {
            List<Searched> searched = new ArrayList<>();
            for (String text : searchedTexts(tweet.text())) {
                List<ClaimRanker.Candidate> candidates =
                        new ArrayList<>(ranker.candidates(text, ClaimRanker.CANDIDATES));
                Map<ClaimRanker.Candidate, Double> score = new HashMap<>();
                candidates.forEach(c -> score.put(c, reranker.probability(c.features())));
                candidates.sort(Comparator.<ClaimRanker.Candidate>comparingDouble(score::get)
                        .reversed()
                        .thenComparingLong(ClaimRanker.Candidate::sequence));
                searched.add(new Searched(
                        text, List.copyOf(candidates.subList(0, Math.min(NEGATIVES_FROM_TOP, candidates.size())))));
            }
            all.add(new Checked(tweet, searched));
        }
        return all;
    }

    /** What /check searches of a short text: the whole and each sentence (io.credence.text.Sentences). */
    static List<String> searchedTexts(String text) {
        List<String> texts = new ArrayList<>();
        texts.add(text.strip());
        List<Sentences.Span> spans = Sentences.of(text);
        if (spans.size() > 1) {
            for (Sentences.Span span : spans) {
                String sentence = text.substring(span.start(), span.end()).strip();
                if (!sentence.isEmpty() && !texts.contains(sentence)) {
                    texts.add(sentence);
                }
            }
        }
        return texts;
    }

    private static Model<Label> fit(List<Checked> tweets, Map<UUID, String> vclaims) {
        List<ModelTraining.Row> rows = new ArrayList<>();
        for (Checked c : tweets) {
            for (Searched s : c.searched()) {
                for (ClaimRanker.Candidate candidate : s.ranked()) {
                    boolean gold = c.tweet().relevant().contains(vclaims.get(candidate.claimId()));
                    // Another Snopes check of the gold claim is no negative: it states the same claim.
                    if (gold
                            || !copies.sameClaim(
                                    vclaims.get(candidate.claimId()), c.tweet().relevant())) {
                        rows.add(new ModelTraining.Row(gold, s.text(), candidate.pair()));
                    }
                }
            }
        }
        // The shipped model is "lr". PAIR_LEARNER=rf (a random forest) or ada (boosted trees), with
        // PAIR_DEPTH and PAIR_TREES, repeat the experiments docs/MATCHING.md reports.
        String learner = System.getenv().getOrDefault("PAIR_LEARNER", "lr");
        if (learner.equals("lr")) {
            return ModelTraining.fit(rows);
        }
        MutableDataset<Label> dataset = ModelTraining.dataset(rows);
        int depth = Integer.parseInt(System.getenv().getOrDefault("PAIR_DEPTH", "8"));
        int trees = Integer.parseInt(System.getenv().getOrDefault("PAIR_TREES", "100"));
        return switch (learner) {
            case "ada" ->
                new AdaBoostTrainer(new CARTClassificationTrainer(depth), trees, ModelTraining.SEED).train(dataset);
            case "rf" ->
                new RandomForestTrainer<>(
                                new CARTClassificationTrainer(depth, 0.5f, ModelTraining.SEED),
                                new VotingCombiner(),
                                trees)
                        .train(dataset);
            // Refused rather than guessed: a misspelt name would train some other learner unnoticed.
            default -> throw new IllegalArgumentException("PAIR_LEARNER is lr, rf or ada, not " + learner);
        };
    }

    private static SentenceClassifier classifier(Model<Label> model, String version) {
        return new SentenceClassifier(model, 0.5, version);
    }

    /** The similarity of each searched text's candidates, keyed by text and claim. */
    private static Map<UUID, Double> similarities(Checked c, SentenceClassifier model) {
        Map<UUID, Double> byPair = new HashMap<>();
        for (int i = 0; i < c.searched().size(); i++) {
            for (ClaimRanker.Candidate candidate : c.searched().get(i).ranked()) {
                byPair.put(pairKey(i, candidate.claimId()), model.probability(candidate.pair()));
            }
        }
        return byPair;
    }

    static UUID pairKey(int searched, UUID claim) {
        return new UUID(claim.getMostSignificantBits() ^ searched, claim.getLeastSignificantBits());
    }

    /**
     * At most this share of tweets whose fact-check is not registered may be shown a SAME match: the
     * single threshold's share on train (0.099 at 0.45), so that finding more fact-checks costs a text
     * with none no more false alarms than before.
     */
    static final double FALSE_ALARMS_AT_MOST = 0.10;

    /**
     * Prints calibration and /check figures per rule; returns the rule chosen (on train): the one that
     * finds the most fact-checks while what it shows is at least 0.85 precise (copies counted right)
     * and it alarms no more than {@link #FALSE_ALARMS_AT_MOST} of the texts with none.
     */
    private static Rule report(
            List<Checked> tweets, Map<Checked, Map<UUID, Double>> scores, Map<UUID, String> vclaims, boolean choose) {
        System.out.println("   " + Calibration.of(tweets, scores, vclaims));
        Rule best = new Rule(0.5, 0.5);
        double bestRecall = -1;
        double bestPrecision = -1;
        for (int first = 5; first <= 90; first += 5) {
            for (int rest = first; rest <= 95; rest += 5) {
                CheckFigures f = CheckFigures.of(tweets, scores, vclaims, new Rule(rest / 100.0, first / 100.0));
                if (first == rest || (rest % 10 == 5 && first % 10 == 5)) {
                    System.out.println("   " + f);
                }
                boolean acceptable = f.precisionWithCopies() >= 0.85 && f.falseAlarms() <= FALSE_ALARMS_AT_MOST;
                boolean better = f.recall() > bestRecall
                        || (f.recall() == bestRecall && f.precisionWithCopies() > bestPrecision);
                if (choose && acceptable && better) {
                    bestRecall = f.recall();
                    bestPrecision = f.precisionWithCopies();
                    best = f.rule();
                }
            }
        }
        return best;
    }

    /**
     * What a similarity means: of the shown pairs (each searched text's first five) from 0.5, 0.7 and
     * 0.9, the share that are a gold pair, and that are a gold pair or a copy of one.
     */
    record Calibration(Map<Double, double[]> byFloor) {

        static Calibration of(List<Checked> tweets, Map<Checked, Map<UUID, Double>> scores, Map<UUID, String> vclaims) {
            Map<Double, double[]> byFloor = new LinkedHashMap<>();
            for (double floor : new double[] {0.5, 0.7, 0.9}) {
                double[] counts = new double[3];
                for (Checked c : tweets) {
                    for (int i = 0; i < c.searched().size(); i++) {
                        List<ClaimRanker.Candidate> shown = c.searched().get(i).ranked();
                        for (ClaimRanker.Candidate candidate : shown.subList(0, Math.min(SHOWN, shown.size()))) {
                            if (scores.get(c).get(pairKey(i, candidate.claimId())) >= floor) {
                                String vclaim = vclaims.get(candidate.claimId());
                                counts[0]++;
                                counts[1] += c.tweet().relevant().contains(vclaim) ? 1 : 0;
                                counts[2] += copies.sameClaim(vclaim, c.tweet().relevant()) ? 1 : 0;
                            }
                        }
                    }
                }
                byFloor.put(floor, counts);
            }
            return new Calibration(byFloor);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("shown pairs");
            byFloor.forEach((floor, c) -> s.append(String.format(
                    Locale.ROOT,
                    " from %.1f: precision %.3f, with copies %.3f (%d);",
                    floor,
                    c[0] == 0 ? 0 : c[1] / c[0],
                    c[0] == 0 ? 0 : c[2] / c[0],
                    (int) c[0])));
            return s.toString();
        }
    }

    /**
     * When a match is judged SAME: from {@code sameFrom}, or from {@code firstSameFrom} for the first
     * candidate of a text searched whole (not of one of its sentences).
     */
    record Rule(double sameFrom, double firstSameFrom) {

        RelationJudge judge() {
            return new RelationJudge(
                    new RelationJudge.Thresholds(RelationJudge.Thresholds.SAME_SUBJECT_FROM, sameFrom, firstSameFrom));
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "SAME from %.2f, the whole text's first from %.2f", sameFrom, firstSameFrom);
        }
    }

    /**
     * What /check shows for each tweet under a rule: the claims judged SAME among each searched text's
     * first five (the whole tweet and its sentences). Recall: tweets with a gold claim among them;
     * precision: the share of them that are gold (or a copy of one). False alarms: the share of
     * tweets shown any SAME match when neither their fact-check nor its copies are registered (the
     * same candidates without those; every CLEF tweet has a fact-check, a newsroom's texts mostly do
     * not).
     */
    record CheckFigures(
            Rule rule, double recall, double precision, int shown, double precisionWithCopies, double falseAlarms) {

        static CheckFigures of(
                List<Checked> tweets, Map<Checked, Map<UUID, Double>> scores, Map<UUID, String> vclaims, Rule rule) {
            RelationJudge judge = rule.judge();
            int found = 0;
            int shown = 0;
            int right = 0;
            int rightOrCopy = 0;
            int alarmed = 0;
            for (Checked c : tweets) {
                // A gold claim or another check of it: what a false alarm is counted without.
                Predicate<String> factCheck = v -> copies.sameClaim(v, c.tweet().relevant());
                Set<String> same = shownSame(c, scores.get(c), vclaims, judge, v -> false);
                shown += same.size();
                right += (int)
                        same.stream().filter(c.tweet().relevant()::contains).count();
                rightOrCopy += (int) same.stream().filter(factCheck).count();
                found += same.stream().anyMatch(c.tweet().relevant()::contains) ? 1 : 0;
                alarmed +=
                        shownSame(c, scores.get(c), vclaims, judge, factCheck).isEmpty() ? 0 : 1;
            }
            return new CheckFigures(
                    rule,
                    (double) found / tweets.size(),
                    shown == 0 ? 0 : (double) right / shown,
                    shown,
                    shown == 0 ? 0 : (double) rightOrCopy / shown,
                    (double) alarmed / tweets.size());
        }

        /** The claims shown as SAME for the tweet, its candidates that are {@code unregistered} left out. */
        private static Set<String> shownSame(
                Checked c,
                Map<UUID, Double> scores,
                Map<UUID, String> vclaims,
                RelationJudge judge,
                Predicate<String> unregistered) {
            Set<String> same = new HashSet<>();
            for (int i = 0; i < c.searched().size(); i++) {
                Searched s = c.searched().get(i);
                List<ClaimRanker.Candidate> registered = s.ranked().stream()
                        .filter(candidate -> !unregistered.test(vclaims.get(candidate.claimId())))
                        .limit(SHOWN)
                        .toList();
                for (int rank = 0; rank < registered.size(); rank++) {
                    ClaimRanker.Candidate candidate = registered.get(rank);
                    boolean first = i == 0 && rank == 0;
                    double similarity = scores.get(pairKey(i, candidate.claimId()));
                    double cosine = candidate.pair().get(PairFeatures.COSINE);
                    RelationJudge.Judgement judgement =
                            judge.judge(s.text(), candidate.text(), candidate.headline(), cosine, similarity, first);
                    if (judgement.relation() == Relation.SAME) {
                        same.add(vclaims.get(candidate.claimId()));
                    }
                }
            }
            return same;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s: recall %.3f, precision %.3f, counting the data set's copies of the gold claim %.3f (%d shown);"
                            + " tweets shown a SAME match with their fact-check not registered %.3f",
                    rule,
                    recall,
                    precision,
                    precisionWithCopies,
                    shown,
                    falseAlarms);
        }
    }
}
