package io.credence.check;

import io.credence.text.Names;
import io.credence.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a sentence worth checking, in words a desk reads: numbers, quantities, money and
 * dates; named people, organisations and places (capitalized words past the first); attributions
 * ("said", "according to"); and what does not: opinions, questions, greetings, very short
 * sentences. Pure. These signals are the reasons {@code /check} lists and features of the learned
 * model ({@link CheckWorthinessModel}), which gives the score; {@link #of} is the hand-set rule
 * score the model replaced, kept as the baseline the evaluation compares with.
 */
public final class CheckWorthiness {

    /** From this rule score a sentence was worth checking. */
    public static final double WORTHY_FROM = 0.5;

    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern DATE = Pattern.compile("\\b(january|february|march|april|june|july|august|september|"
            + "october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
            + "today|last (week|month|year))\\b");
    private static final Pattern MONEY_OR_QUANTITY =
            Pattern.compile("[$€£¥%]|\\b(percent|million|billion|tons?|tonnes?|"
                    + "dollars?|euros?|pounds|kilometres?|kilometers?|miles?|people|troops|deaths?|killed|injured)\\b");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(said|says|told|announced|reported|claimed|stated|" + "confirmed|denied|according to)\\b");
    private static final Pattern OPINION = Pattern.compile("\\b(i think|i believe|i feel|in my (opinion|view)|should|"
            + "must|ought|beautiful|wonderful|terrible|awful|amazing|love|hate|best|worst|great)\\b");
    private static final Pattern GREETING =
            Pattern.compile("^(hello|hi|dear|thanks|thank you|good (morning|evening)|" + "welcome|regards|cheers)\\b");

    /** The score, whether it is worth checking, and why. */
    public record Score(double value, boolean worthy, List<String> reasons) {}

    /** The signals of a sentence: the rule score's reasons, whatever the score. */
    public List<String> signals(String sentence) {
        String text = sentence.strip();
        if (text.endsWith("?")) {
            return List.of("question");
        }
        return of(sentence).reasons();
    }

    public Score of(String sentence) {
        String text = sentence.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> reasons = new ArrayList<>();
        if (text.isEmpty() || GREETING.matcher(lower).find()) {
            return new Score(0, false, List.of("greeting or empty"));
        }
        if (text.endsWith("?")) {
            return new Score(0, false, List.of("question"));
        }
        Tokens words = Tokens.of(text);
        double score = 0;
        if (NUMBER.matcher(text).find() || MONEY_OR_QUANTITY.matcher(lower).find()) {
            score += 0.35;
            reasons.add("number, quantity or money");
        }
        if (DATE.matcher(lower).find()) {
            score += 0.1;
            reasons.add("date");
        }
        if (!Names.in(words).isEmpty()) {
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
        if (words.size() < 5) {
            score -= 0.25;
            reasons.add("too short to state much");
        }
        double value = Math.max(0, Math.min(1, score));
        return new Score(value, value >= WORTHY_FROM, List.copyOf(reasons));
    }
}
