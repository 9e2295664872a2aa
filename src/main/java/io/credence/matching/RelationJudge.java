package io.credence.matching;

import io.credence.text.Numbers;
import io.credence.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a candidate's {@link Relation} from its score and what sentence vectors read poorly:
 * numbers ("1.8 tons" and "18 tons" embed alike), members of a contrast set ("gold" against
 * "silver", "approved" against "rejected") and negation ("did not pay"). Pure.
 */
public final class RelationJudge {

    /**
     * The cosine from which a candidate is on the same subject (so that a difference makes it
     * CONTRADICTS), and the similarity (the pairwise model's probability that the two state the
     * same claim) from which it says the same; for the first candidate of a text searched whole, the
     * similarity from which that one says the same. Chosen on CLEF2020 Task 2 train (docs/MATCHING.md).
     */
    public record Thresholds(double sameSubjectFrom, double sameFrom, double firstSameFrom) {
        /** The cosine from which two texts are on one subject (as the blend's 0.55 was, docs/MATCHING.md). */
        public static final double SAME_SUBJECT_FROM = 0.55;

        /** The service's: the subject cosine and the pairwise model's own threshold (its model card). */
        public static Thresholds of(PairSimilarity similarity) {
            return new Thresholds(SAME_SUBJECT_FROM, similarity.threshold(), similarity.firstThreshold());
        }

        /** One similarity for every candidate, first or not. */
        public Thresholds(double sameSubjectFrom, double sameFrom) {
            this(sameSubjectFrom, sameFrom, sameFrom);
        }
    }

    private static final Set<String> NEGATIONS = Set.of(
            "not",
            "no",
            "never",
            "none",
            "neither",
            "nor",
            "nobody",
            "nothing",
            "didn't",
            "doesn't",
            "don't",
            "isn't",
            "wasn't",
            "weren't",
            "aren't",
            "won't",
            "hasn't",
            "haven't",
            "hadn't",
            "can't",
            "cannot",
            "couldn't",
            "wouldn't",
            "shouldn't",
            "denied",
            "denies",
            "false");
    /** Words of which a claim names one and its contrary another: each set is one dimension of a fact. */
    private static final List<Set<String>> CONTRASTS = List.of(
            Set.of("gold", "silver", "bronze", "platinum", "copper", "cash", "oil", "diamonds", "bitcoin"),
            Set.of("approved", "ratified", "passed", "rejected", "vetoed", "blocked", "repealed"),
            Set.of("rose", "increased", "grew", "climbed", "fell", "decreased", "dropped", "declined", "shrank"),
            Set.of("won", "lost"),
            Set.of("hired", "fired", "laid", "sacked", "dismissed", "recruited"),
            Set.of("raised", "cut", "lowered", "hiked"),
            Set.of("alive", "dead", "died", "killed"),
            Set.of("arrested", "released", "acquitted", "convicted"),
            Set.of("million", "billion", "trillion", "thousand"),
            Set.of("tons", "tonnes", "kilograms", "kg", "pounds", "ounces"),
            // What was delivered, fired or paid for in the conflicts a desk checks most: one kind is not another.
            Set.of(
                    "drone",
                    "drones",
                    "missile",
                    "missiles",
                    "tank",
                    "tanks",
                    "rocket",
                    "rockets",
                    "jet",
                    "jets",
                    "shells"),
            Set.of("democrat", "democrats", "democratic", "republican", "republicans"),
            Set.of("male", "female", "man", "woman", "men", "women"),
            Set.of(
                    "january",
                    "february",
                    "march",
                    "april",
                    "june",
                    "july",
                    "august",
                    "september",
                    "october",
                    "november",
                    "december"),
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));
    /** Words that name the same member of a contrast set. */
    private static final Map<String, String> SAME_MEMBER = sameMembers(
            "ratified approved",
            "passed approved",
            "increased rose",
            "grew rose",
            "climbed rose",
            "decreased fell",
            "dropped fell",
            "declined fell",
            "hiked raised",
            "lowered cut",
            "tonnes tons",
            "died dead",
            "recruited hired",
            "fired laid",
            "sacked laid",
            "dismissed laid",
            "democrats democrat",
            "democratic democrat",
            "republicans republican",
            "men man",
            "male man",
            "women woman",
            "female woman",
            "drones drone",
            "missiles missile",
            "tanks tank",
            "rockets rocket",
            "jets jet");
    /**
     * The signature a copied post ends with, "— Name (@handle) Month 9, 2019": its date and name are
     * the post's, not the claim's, so they tell nothing apart.
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\s*[\u2014\u2013]\\s*[^\u2014\u2013\\n]{0,80}\\(@\\w+\\)\\s*\\p{L}+\\.? \\d{1,2}, \\d{4}\\s*$");
    /** How much longer than the claim a text may be for a negation in one of them to tell them apart. */
    static final double NEGATION_LENGTH_RATIO = 1.5;
    /**
     * A year, known by the word before it ("in 2019", "since 1996", "January 2019"): a claim often
     * dates what it says where a post does not, or the reverse. "1962 kilograms" is a quantity.
     */
    private static final Pattern YEAR = Pattern.compile(
            "(?i)\\b(?:in|since|of|by|until|from|before|after|during|early|late|mid|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may"
                    + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?,?\\s+((?:19|20)\\d\\d)\\b");

    private static Map<String, String> sameMembers(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (String pair : pairs) {
            String[] words = pair.split(" ", -1);
            map.put(words[0], words[1]);
        }
        return Map.copyOf(map);
    }

    private final Thresholds thresholds;

    public RelationJudge(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The relation, and why when it is CONTRADICTS. */
    public record Judgement(Relation relation, String reason) {}

    /**
     * Judges how a text relates to a registered claim.
     *
     * @param cosine the texts' cosine, which tells whether they are on the same subject
     * @param similarity the probability that they state the same claim
     */
    public Judgement judge(String text, String claim, double cosine, double similarity) {
        return judge(text, claim, cosine, similarity, false);
    }

    /**
     * Judges how a text relates to a registered claim.
     *
     * @param first whether the claim is the first candidate of the text searched whole
     */
    public Judgement judge(String text, String claim, double cosine, double similarity, boolean first) {
        boolean sameSubject = cosine >= thresholds.sameSubjectFrom();
        boolean same = similarity >= (first ? thresholds.firstSameFrom() : thresholds.sameFrom());
        if (!sameSubject && !same) {
            return new Judgement(Relation.RELATED, null);
        }
        String difference = difference(text, claim);
        if (difference != null) {
            return new Judgement(Relation.CONTRADICTS, difference);
        }
        return new Judgement(same ? Relation.SAME : Relation.RELATED, null);
    }

    /**
     * Judges how a text relates to a registered claim published under a headline (or none): a text that
     * restates the headline a fact-check was published under says the same as the claim; otherwise the
     * claim's own words decide (headlines are often questions: "Did Moscow pay ...?").
     */
    public Judgement judge(
            String text, String claim, String headline, double cosine, double similarity, boolean first) {
        Judgement judgement = judge(text, claim, cosine, similarity, first);
        if (judgement.relation() != Relation.SAME && headline != null) {
            Judgement byHeadline = judge(text, headline, cosine, similarity, first);
            return byHeadline.relation() == Relation.SAME ? byHeadline : judgement;
        }
        return judgement;
    }

    /** What tells the two apart, or null when nothing does. */
    static String difference(String post, String claim) {
        String text = ClaimRanker.readable(SIGNATURE.matcher(post).replaceFirst(""));
        Set<String> textNumbers = Numbers.in(text);
        Set<String> claimNumbers = Numbers.in(claim);
        // Years are compared with years, other numbers with other numbers: "2019" is no answer to "118th".
        Set<String> textYears = years(text);
        Set<String> claimYears = years(claim);
        for (boolean years : new boolean[] {false, true}) {
            Set<String> inText = years ? textYears : without(textNumbers, textYears);
            Set<String> inClaim = years ? claimYears : without(claimNumbers, claimYears);
            if (!inText.isEmpty()
                    && !inClaim.isEmpty()
                    && !inText.containsAll(inClaim)
                    && !inClaim.containsAll(inText)) {
                return "different numbers: " + claimNumbers + " against " + textNumbers;
            }
        }
        List<String> textWords = words(text);
        List<String> claimWords = words(claim);
        for (Set<String> contrast : CONTRASTS) {
            Set<String> inText = members(textWords, contrast);
            Set<String> inClaim = members(claimWords, contrast);
            if (!inText.isEmpty()
                    && !inClaim.isEmpty()
                    && !inText.containsAll(inClaim)
                    && !inClaim.containsAll(inText)) {
                return "different " + inClaim + " against " + inText;
            }
        }
        // A text much longer than the claim denies other things in it as often as the claim (on the benchmark's
        // posts the rule then mostly rejected the right claim), so negation decides between statements of a size.
        boolean comparable = textWords.size() <= NEGATION_LENGTH_RATIO * claimWords.size();
        if (comparable && negated(textWords) != negated(claimWords)) {
            return negated(claimWords) ? "the claim is negated" : "the text is negated";
        }
        return null;
    }

    private static Set<String> years(String text) {
        Set<String> years = new HashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(m.group(1));
        }
        return years;
    }

    private static Set<String> without(Set<String> numbers, Set<String> years) {
        Set<String> rest = new HashSet<>(numbers);
        rest.removeAll(years);
        return rest;
    }

    /**
     * The members of a contrast set the words name, reading the parts of hyphenated words too: a
     * member inside a compound ("laid-off", "gold-plated") counts. Negation reads whole words only,
     * so "no-fly" denies nothing.
     */
    private static Set<String> members(List<String> words, Set<String> contrast) {
        Set<String> found = new HashSet<>();
        for (String word : words) {
            for (String part : word.indexOf('-') > 0 ? word.split("-") : new String[] {word}) {
                if (contrast.contains(part)) {
                    found.add(SAME_MEMBER.getOrDefault(part, part));
                }
            }
        }
        return found;
    }

    private static boolean negated(List<String> words) {
        int count = 0;
        for (String word : words) {
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                count++;
            }
        }
        return count % 2 == 1;
    }

    private static List<String> words(String text) {
        return Tokens.of(text).normals();
    }
}
