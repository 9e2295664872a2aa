package io.credence.language;

import io.credence.hashing.Sha256;
import io.credence.text.Sentences;
import io.credence.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Set;

/**
 * Finds rumour-grade language in a text. Pure and thread-safe: the lexicon is compiled once into a
 * word trie; a text is split into words in one pass, and cues are matched word by word from each
 * position (leftmost, longest), never crossing a sentence boundary. Context rules keep precision:
 * a negated cue ("no speculation"), a cue quoted as a word ("the word 'allegedly'"), an attributed
 * cue after a named source ("Reuters reported that") and a modal verb outside a claim-making
 * sentence are not flags.
 */
public final class RumourAnalyzer {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "nor", "neither", "hardly");
    private static final Set<String> MENTIONS = Set.of("word", "words", "term", "terms", "phrase", "expression");
    /** Capitalized words that open a sentence without naming anyone. */
    private static final Set<String> UNNAMED_SUBJECTS = Set.of(
            "it",
            "this",
            "that",
            "there",
            "they",
            "these",
            "those",
            "some",
            "many",
            "sources",
            "analysts",
            "experts",
            "critics",
            "officials",
            "reports",
            "people",
            "others",
            "a",
            "an",
            "the",
            "i",
            "we",
            "you",
            "he",
            "she",
            "according",
            "one",
            "several");

    private static final Set<String> ADDRESSEES = Set.of("i", "we", "you");
    /** Sentence openers that are capitalized without naming anyone: "Yet, analysts think …". */
    private static final Set<String> OPENERS = Set.of(
            "yet",
            "but",
            "however",
            "meanwhile",
            "still",
            "moreover",
            "furthermore",
            "and",
            "so",
            "now",
            "instead",
            "indeed",
            "nevertheless",
            "nonetheless",
            "also",
            "then",
            "earlier",
            "later",
            "today",
            "yesterday",
            "separately",
            "elsewhere",
            "overall",
            "privately",
            "publicly");
    /**
     * Capitalized words that qualify unnamed people rather than name them: "Western officials said",
     * "Israeli sources". An organisation ("Goldman analysts", "Pentagon officials") still names a source.
     */
    private static final Set<String> QUALIFIERS = Set.of(
            "western",
            "eastern",
            "european",
            "american",
            "us",
            "u.s",
            "british",
            "russian",
            "ukrainian",
            "iranian",
            "israeli",
            "palestinian",
            "chinese",
            "arab",
            "gulf",
            "iraqi",
            "syrian",
            "turkish",
            "french",
            "german",
            "italian",
            "spanish",
            "polish",
            "indian",
            "pakistani",
            "afghan",
            "saudi",
            "egyptian",
            "japanese",
            "korean",
            "north",
            "south",
            "african",
            "asian",
            "latin",
            "nato",
            "eu",
            "senior",
            "former",
            "security",
            "intelligence",
            "military",
            "government",
            "diplomatic",
            "administration",
            // days and months are capitalized and name nobody: "on Tuesday, Western officials said"
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
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
            "december");
    /** Words that deny what follows: "There is no truth to the rumor that …", "He denied rumors of …". */
    private static final Set<String> DENIALS = Set.of(
            "denied",
            "denies",
            "deny",
            "denying",
            "dismissed",
            "dismisses",
            "rejected",
            "rejects",
            "debunked",
            "refuted",
            "quashed",
            "truth");

    private static final int DENIAL_LOOKBACK = 4;
    private static final String OPENING_QUOTES = "\"'“‘«„";
    private static final String CLOSING_QUOTES = "\"'”’»“";
    private static final int ATTRIBUTION_LOOKBACK = 4;

    private final Lexicon lexicon;
    /** The learned uncertainty scorer, or null for the lexicon alone. */
    private final UncertaintyModel model;

    private RumourAnalyzer(Lexicon lexicon, UncertaintyModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** The shipped lexicon alone (language/lexicon.tsv): every flag is a lexicon cue. */
    public static RumourAnalyzer standard() {
        return new RumourAnalyzer(Lexicon.standard(), null);
    }

    /**
     * The shipped lexicon and a learned uncertainty model. Per sentence the model adds a
     * {@link Category#VAGUE} flag when it is positive and no cue fired, and the sentence scores
     * the larger of the lexicon's score and, when the model is positive, its probability
     * (docs/LANGUAGE.md, "Combination").
     */
    public static RumourAnalyzer withModel(UncertaintyModel model) {
        return new RumourAnalyzer(Lexicon.standard(), Objects.requireNonNull(model));
    }

    /** Identifies the lexicon's content: changes whenever a cue, category, severity or rule does. */
    public String lexiconFingerprint() {
        StringBuilder all = new StringBuilder();
        lexicon.cues().values().forEach(c -> all.append(c).append('\n'));
        lexicon.spelling.entrySet().stream()
                .sorted(Entry.comparingByKey())
                .forEach(e ->
                        all.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        if (model != null) {
            all.append("model=").append(model.version()).append('\n');
        }
        return Sha256.hex(all.toString());
    }

    /** Number of expanded cue phrases in the lexicon. */
    public int cueCount() {
        return lexicon.cues().size();
    }

    public Analysis analyze(String text) {
        Tokens tokens = Tokens.of(text, lexicon.spelling);
        List<Flag> flags = new ArrayList<>();
        List<SentenceScore> sentences = new ArrayList<>();
        double textScore = 0;
        int t = 0;
        for (Sentences.Span span : Sentences.of(text)) {
            int from = span.start();
            int to = span.end();
            int first = t;
            while (t < tokens.size() && tokens.start(t) < to) {
                t++;
            }
            Sentence sentence = new Sentence(text, tokens, first, t, from, to);
            int flagsBefore = flags.size();
            double keep = 1;
            int i = first;
            while (i < t) {
                if (!lexicon.mayStartCue(tokens.hash(i))) {
                    i++;
                    continue;
                }
                int[] end = {-1};
                Cue cue = longestMatch(tokens, lexicon.root, i, t, end);
                if (cue == null) {
                    i++;
                    continue;
                }
                // A cue that a context rule rejects is still consumed: its words are not cues of their own.
                if (accepts(sentence, cue, i, end[0])) {
                    int last = end[0] - 1;
                    flags.add(new Flag(
                            tokens.start(i),
                            tokens.end(last),
                            text.substring(tokens.start(i), tokens.end(last)),
                            cue.category(),
                            cue.severity(),
                            cue.phrase()));
                    keep *= 1 - cue.severity();
                }
                i = end[0];
            }
            if (first < t) {
                double score = 1 - keep;
                if (model != null) {
                    List<Flag> cues = List.copyOf(flags.subList(flagsBefore, flags.size()));
                    UncertaintyModel.Judgement judgement = model.judge(text, from, text.substring(from, to), cues);
                    judgement.flag().ifPresent(flags::add);
                    if (judgement.positive()) {
                        score = Math.max(score, judgement.probability());
                    }
                }
                sentences.add(new SentenceScore(from, to, score));
                textScore = Math.max(textScore, score);
            }
        }
        return new Analysis(List.copyOf(flags), textScore, List.copyOf(sentences));
    }

    /** The cue with the most words that matches from word i (ending before limit); its end index goes to end[0]. */
    private static Cue longestMatch(Tokens tokens, Lexicon.Node node, int i, int limit, int[] end) {
        Cue best = null;
        if (i < limit) {
            Lexicon.Node next = node.next.get(tokens.normal(i));
            if (next != null) {
                int[] nextEnd = {-1};
                Cue found = longestMatch(tokens, next, i + 1, limit, nextEnd);
                if (found != null) {
                    best = found;
                    end[0] = nextEnd[0];
                }
                if (next.cue != null && end[0] < i + 1) {
                    best = next.cue;
                    end[0] = i + 1;
                }
            }
            if (node.gap != null) {
                for (int k = 1; k <= Lexicon.MAX_GAP && i + k < limit; k++) {
                    int[] gapEnd = {-1};
                    Cue found = longestMatch(tokens, node.gap, i + k, limit, gapEnd);
                    if (found != null && gapEnd[0] > end[0]) {
                        best = found;
                        end[0] = gapEnd[0];
                    }
                }
            }
        }
        return best;
    }

    private boolean accepts(Sentence s, Cue cue, int first, int end) {
        Tokens tokens = s.tokens;
        if (isNegated(s, first)
                || (cue.category() == Category.HEARSAY && isDenied(s, first))
                || isQuotedAsWord(s, first, end)) {
            return false;
        }
        return switch (cue.rule()) {
            case NONE -> true;
            case ATTRIBUTION -> !followsNamedSource(s, first);
            // "could have been caused": a perfect modal speculates about what happened, named or not.
            case MODAL ->
                (isPerfectModal(tokens, end) ? !s.isQuestion() : s.isClaimMaking())
                        && !isMonthOrRequest(s, first, end, tokens);
        };
    }

    private static boolean isPerfectModal(Tokens tokens, int end) {
        return tokens.normal(end - 1).equals("have");
    }

    private static boolean isNegated(Sentence s, int first) {
        for (int j = Math.max(s.first, first - 2); j < first; j++) {
            String word = s.tokens.normal(j);
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** A denial a few words before a rumour: "denied the rumors", "no truth to the rumor that". */
    private static boolean isDenied(Sentence s, int first) {
        for (int j = Math.max(s.first, first - DENIAL_LOOKBACK); j < first; j++) {
            String word = s.tokens.normal(j);
            if (DENIALS.contains(word)
                    && (!word.equals("truth") || (j > s.first && NEGATIONS.contains(s.tokens.normal(j - 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuotedAsWord(Sentence s, int first, int end) {
        int from = s.tokens.start(first);
        int to = s.tokens.end(end - 1);
        boolean opened = from > 0 && OPENING_QUOTES.indexOf(s.text.charAt(from - 1)) >= 0;
        boolean closed = to < s.text.length() && CLOSING_QUOTES.indexOf(s.text.charAt(to)) >= 0;
        if (opened && closed) {
            return true;
        }
        return first > s.first && MENTIONS.contains(s.tokens.normal(first - 1));
    }

    /** A capitalized name among the few words before the cue: "the Kremlin reported that". */
    private static boolean followsNamedSource(Sentence s, int first) {
        for (int j = first - 1; j >= Math.max(s.first, first - ATTRIBUTION_LOOKBACK); j--) {
            String word = s.tokens.normal(j);
            boolean opener = j == s.first && OPENERS.contains(word);
            if (Character.isUpperCase(s.text.codePointAt(s.tokens.start(j)))
                    && !UNNAMED_SUBJECTS.contains(word)
                    && !QUALIFIERS.contains(word)
                    && !opener) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMonthOrRequest(Sentence s, int first, int end, Tokens tokens) {
        boolean capitalized = Character.isUpperCase(s.text.codePointAt(tokens.start(first)));
        boolean nextIsNumber = end < s.limit && Character.isDigit(s.text.codePointAt(tokens.start(end)));
        if (tokens.normal(first).equals("may") && capitalized && (first > s.first || nextIsNumber)) {
            return true;
        }
        return end < s.limit && ADDRESSEES.contains(tokens.normal(end));
    }

    /** One sentence: its words are tokens[first, limit) and its characters text[from, to). */
    private static final class Sentence {
        final String text;
        final Tokens tokens;
        final int first;
        final int limit;
        final int from;
        final int to;
        private Boolean claimMaking;

        Sentence(String text, Tokens tokens, int first, int limit, int from, int to) {
            this.text = text;
            this.tokens = tokens;
            this.first = first;
            this.limit = limit;
            this.from = from;
            this.to = to;
        }

        /** Declarative and specific: not a question, and names someone or gives a number. */
        boolean isClaimMaking() {
            if (claimMaking == null) {
                claimMaking = !isQuestion() && hasNameOrNumber();
            }
            return claimMaking;
        }

        boolean isQuestion() {
            for (int c = to - 1; c >= from; c--) {
                char ch = text.charAt(c);
                if (!Character.isWhitespace(ch) && CLOSING_QUOTES.indexOf(ch) < 0) {
                    return ch == '?';
                }
            }
            return false;
        }

        private boolean hasNameOrNumber() {
            for (int j = first; j < limit; j++) {
                int cp = text.codePointAt(tokens.start(j));
                if (Character.isDigit(cp) || (j > first && Character.isUpperCase(cp))) {
                    return true;
                }
            }
            return false;
        }
    }
}
