package io.credence.language;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Set<String> UNNAMED_SUBJECTS = Set.of("it", "this", "that", "there", "they", "these",
            "those", "some", "many", "sources", "analysts", "experts", "critics", "officials", "reports", "people",
            "others", "a", "an", "the", "i", "we", "you", "he", "she", "according", "one", "several");
    private static final Set<String> ADDRESSEES = Set.of("i", "we", "you");
    private static final String OPENING_QUOTES = "\"'“‘«„";
    private static final String CLOSING_QUOTES = "\"'”’»“";
    private static final int ATTRIBUTION_LOOKBACK = 4;

    private final Lexicon lexicon;

    private RumourAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The analyzer with the shipped lexicon (language/lexicon.tsv). */
    public static RumourAnalyzer standard() {
        return new RumourAnalyzer(Lexicon.standard());
    }

    /** Identifies the lexicon's content: changes whenever a cue, category, severity or rule does. */
    public String lexiconFingerprint() {
        StringBuilder all = new StringBuilder();
        lexicon.cues().values().forEach(c -> all.append(c).append('\n'));
        lexicon.spelling.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> all.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text);
        int t = 0;
        for (int from = boundaries.first(), to = boundaries.next(); to != BreakIterator.DONE;
                from = to, to = boundaries.next()) {
            int first = t;
            while (t < tokens.size && tokens.start[t] < to) {
                t++;
            }
            Sentence sentence = new Sentence(text, tokens, first, t, from, to);
            double keep = 1;
            int i = first;
            while (i < t) {
                int[] end = {-1};
                Cue cue = longestMatch(tokens, lexicon.root, i, t, end);
                if (cue == null) {
                    i++;
                    continue;
                }
                // A cue that a context rule rejects is still consumed: its words are not cues of their own.
                if (accepts(sentence, cue, i, end[0])) {
                    int last = end[0] - 1;
                    flags.add(new Flag(tokens.start[i], tokens.end[last], text.substring(tokens.start[i], tokens.end[last]),
                            cue.category(), cue.severity(), cue.phrase()));
                    keep *= 1 - cue.severity();
                }
                i = end[0];
            }
            if (first < t) {
                double score = 1 - keep;
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
            Lexicon.Node next = node.next.get(tokens.normal[i]);
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
        if (isNegated(s, first) || isQuotedAsWord(s, first, end)) {
            return false;
        }
        return switch (cue.rule()) {
            case NONE -> true;
            case ATTRIBUTION -> !followsNamedSource(s, first);
            case MODAL -> s.isClaimMaking() && !isMonthOrRequest(s, first, end, tokens);
        };
    }

    private static boolean isNegated(Sentence s, int first) {
        for (int j = Math.max(s.first, first - 2); j < first; j++) {
            String word = s.tokens.normal[j];
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuotedAsWord(Sentence s, int first, int end) {
        int from = s.tokens.start[first];
        int to = s.tokens.end[end - 1];
        boolean opened = from > 0 && OPENING_QUOTES.indexOf(s.text.charAt(from - 1)) >= 0;
        boolean closed = to < s.text.length() && CLOSING_QUOTES.indexOf(s.text.charAt(to)) >= 0;
        if (opened && closed) {
            return true;
        }
        return first > s.first && MENTIONS.contains(s.tokens.normal[first - 1]);
    }

    /** A capitalized name among the few words before the cue: "the Kremlin reported that". */
    private static boolean followsNamedSource(Sentence s, int first) {
        for (int j = first - 1; j >= Math.max(s.first, first - ATTRIBUTION_LOOKBACK); j--) {
            if (Character.isUpperCase(s.text.codePointAt(s.tokens.start[j]))
                    && !UNNAMED_SUBJECTS.contains(s.tokens.normal[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMonthOrRequest(Sentence s, int first, int end, Tokens tokens) {
        boolean capitalized = Character.isUpperCase(s.text.codePointAt(tokens.start[first]));
        boolean nextIsNumber = end < s.limit && Character.isDigit(s.text.codePointAt(tokens.start[end]));
        if (tokens.normal[first].equals("may") && capitalized && (first > s.first || nextIsNumber)) {
            return true;
        }
        return end < s.limit && ADDRESSEES.contains(tokens.normal[end]);
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

        private boolean isQuestion() {
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
                int cp = text.codePointAt(tokens.start[j]);
                if (Character.isDigit(cp) || (j > first && Character.isUpperCase(cp))) {
                    return true;
                }
            }
            return false;
        }
    }
}
