package io.credence.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How much a sentence asks to be fact-checked, 0..1, with the reasons. Pure. Specific, factual
 * statements score: numbers, quantities, money and dates; named people, organisations and places
 * (capitalized words past the first); attributions ("said", "according to"). Opinions, questions,
 * greetings and very short sentences do not.
 */
public final class CheckWorthiness {

    /** From this score a sentence is worth checking. */
    public static final double WORTHY_FROM = 0.5;

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern DATE = Pattern.compile("\\b(january|february|march|april|june|july|august|september|"
            + "october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
            + "today|last (week|month|year))\\b");
    private static final Pattern MONEY_OR_QUANTITY = Pattern.compile("[$€£¥%]|\\b(percent|million|billion|tons?|tonnes?|"
            + "dollars?|euros?|pounds|kilometres?|kilometers?|miles?|people|troops|deaths?|killed|injured)\\b");
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(said|says|told|announced|reported|claimed|stated|"
            + "confirmed|denied|according to)\\b");
    private static final Pattern OPINION = Pattern.compile("\\b(i think|i believe|i feel|in my (opinion|view)|should|"
            + "must|ought|beautiful|wonderful|terrible|awful|amazing|love|hate|best|worst|great)\\b");
    private static final Pattern GREETING = Pattern.compile("^(hello|hi|dear|thanks|thank you|good (morning|evening)|"
            + "welcome|regards|cheers)\\b");
    private static final Set<String> FUNCTION_CAPITALS = Set.of("I", "The", "A", "An");

    /** The score and why. */
    public record Score(double value, List<String> reasons) {

        public boolean worthy() {
            return value >= WORTHY_FROM;
        }
    }

    public Score of(String sentence) {
        String text = sentence.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> reasons = new ArrayList<>();
        if (text.isEmpty() || GREETING.matcher(lower).find()) {
            return new Score(0, List.of("greeting or empty"));
        }
        if (text.endsWith("?")) {
            return new Score(0, List.of("question"));
        }
        double score = 0;
        if (NUMBER.matcher(text).find() || MONEY_OR_QUANTITY.matcher(lower).find()) {
            score += 0.35;
            reasons.add("number, quantity or money");
        }
        if (DATE.matcher(lower).find()) {
            score += 0.1;
            reasons.add("date");
        }
        if (hasName(text)) {
            score += 0.3;
            reasons.add("named person, organisation or place");
        }
        if (ATTRIBUTION.matcher(lower).find()) {
            score += 0.15;
            reasons.add("attribution");
        }
        if (OPINION.matcher(lower).find()) {
            score -= 0.35;
            reasons.add("opinion");
        }
        if (text.split("\\s+").length < 5) {
            score -= 0.25;
            reasons.add("too short to state much");
        }
        return new Score(Math.max(0, Math.min(1, score)), List.copyOf(reasons));
    }

    /** A capitalized word that is not the sentence's first, nor "I" or an article. */
    private static boolean hasName(String text) {
        String[] words = text.split("[\\s\\p{Punct}&&[^'’-]]+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !FUNCTION_CAPITALS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
