package io.credence.matching;

import io.credence.text.Numbers;
import io.credence.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides a candidate's {@link Relation} from its score and what sentence vectors read poorly:
 * numbers ("1.8 tons" and "18 tons" embed alike), members of a contrast set ("gold" against
 * "silver", "approved" against "rejected") and negation ("did not pay"). Pure.
 */
public final class RelationJudge {

    /** Scores (ClaimRanker's combined score) from which a candidate is on the same subject / says the same. */
    public record Thresholds(double sameSubjectFrom, double sameFrom) {
        public static final Thresholds STANDARD = new Thresholds(0.55, 0.70);
    }

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "neither", "nor", "nobody",
            "nothing", "didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "aren't", "won't", "hasn't",
            "haven't", "hadn't", "can't", "cannot", "couldn't", "wouldn't", "shouldn't", "denied", "denies", "false");
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
            Set.of("democrat", "democrats", "democratic", "republican", "republicans"),
            Set.of("male", "female", "man", "woman", "men", "women"),
            Set.of("january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december"),
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));
    /** Words that name the same member of a contrast set. */
    private static final java.util.Map<String, String> SAME_MEMBER = sameMembers(
            "ratified approved", "passed approved", "increased rose", "grew rose", "climbed rose", "decreased fell",
            "dropped fell", "declined fell", "hiked raised", "lowered cut", "tonnes tons", "died dead",
            "recruited hired", "fired laid", "sacked laid", "dismissed laid");

    private static java.util.Map<String, String> sameMembers(String... pairs) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String pair : pairs) {
            String[] words = pair.split(" ");
            map.put(words[0], words[1]);
        }
        return java.util.Map.copyOf(map);
    }

    private final Thresholds thresholds;

    public RelationJudge(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The relation, and why when it is CONTRADICTS. */
    public record Judgement(Relation relation, String reason) {
    }

    public Judgement judge(String text, String claim, double score) {
        if (score < thresholds.sameSubjectFrom()) {
            return new Judgement(Relation.RELATED, null);
        }
        String difference = difference(text, claim);
        if (difference != null) {
            return new Judgement(Relation.CONTRADICTS, difference);
        }
        return new Judgement(score >= thresholds.sameFrom() ? Relation.SAME : Relation.RELATED, null);
    }

    /** What tells the two apart, or null when nothing does. */
    static String difference(String text, String claim) {
        Set<String> textNumbers = Numbers.in(text);
        Set<String> claimNumbers = Numbers.in(claim);
        if (!textNumbers.isEmpty() && !claimNumbers.isEmpty() && !textNumbers.containsAll(claimNumbers)
                && !claimNumbers.containsAll(textNumbers)) {
            return "different numbers: " + claimNumbers + " against " + textNumbers;
        }
        List<String> textWords = words(text);
        List<String> claimWords = words(claim);
        for (Set<String> contrast : CONTRASTS) {
            Set<String> inText = members(textWords, contrast);
            Set<String> inClaim = members(claimWords, contrast);
            if (!inText.isEmpty() && !inClaim.isEmpty() && !inText.containsAll(inClaim) && !inClaim.containsAll(inText)) {
                return "different " + inClaim + " against " + inText;
            }
        }
        if (negated(textWords) != negated(claimWords)) {
            return negated(claimWords) ? "the claim is negated" : "the text is negated";
        }
        return null;
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
