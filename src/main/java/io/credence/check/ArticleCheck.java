package io.credence.check;

import io.credence.article.Articles;
import io.credence.claim.AppearanceDto;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.claim.CreateClaimRequest;
import io.credence.claim.WorkflowStage;
import io.credence.claimreview.ClaimReviews;
import io.credence.claimreview.ReviewSummary;
import io.credence.classify.SentenceEmbedder;
import io.credence.language.Analysis;
import io.credence.language.Category;
import io.credence.language.Flag;
import io.credence.language.FlagResponse;
import io.credence.language.LanguageConfig;
import io.credence.language.RumourAnalyzer;
import io.credence.language.SentenceScore;
import io.credence.matching.ClaimSearch;
import io.credence.matching.Relation;
import io.credence.matching.SimilarClaim;
import io.credence.refusal.TooLarge;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks an article sentence by sentence; optionally registers its new check-worthy claims. */
@ApplicationScoped
public class ArticleCheck {

    private static final int MATCHES_PER_SENTENCE = 5;
    private static final int MAX_CLAIM_LENGTH = 10_000;
    /**
     * A sentence is registered as a claim (with register: true) only from this check-worthiness:
     * more likely check-worthy than not. The model's own threshold (0.12) is set for a desk that
     * reads what it highlights; a claim registered without a reader needs more than that.
     */
    static final double REGISTER_FROM = 0.5;
    /**
     * Texts up to this long are matched whole as well as by sentence: about what the sentence model
     * reads (256 word pieces); longer, the end of the text would not be in its vector.
     */
    static final int WHOLE_TEXT_CHARS = 1_000;

    private final RumourAnalyzer analyzer;
    private final LanguageConfig language;
    private final ClaimSearch search;
    private final ClaimService claims;
    private final CheckWorthinessModel worthiness;
    private final SentenceEmbedder embedder;

    /** The most claims one check registers: one request of a long article must not flood the desk's queue. */
    private final int maxRegistrations;
    /** ... and what the key may still register this hour. */
    private final RegistrationBudget budget;

    private final Articles articles;
    private final ClaimReviews reviews;
    private final SecurityIdentity caller;
    /** The text the key may have checked this minute, registering or not. */
    private final CheckBudget textBudget;

    ArticleCheck(
            RumourAnalyzer analyzer,
            LanguageConfig language,
            ClaimSearch search,
            ClaimService claims,
            CheckWorthinessModel worthiness,
            SentenceEmbedder embedder,
            RegistrationBudget budget,
            @ConfigProperty(name = "credence.check.max-registrations") int maxRegistrations,
            Articles articles,
            ClaimReviews reviews,
            SecurityIdentity caller,
            CheckBudget textBudget) {
        this.textBudget = textBudget;
        this.articles = articles;
        this.reviews = reviews;
        this.caller = caller;
        this.maxRegistrations = maxRegistrations;
        this.budget = budget;
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.worthiness = worthiness;
        this.language = language;
        this.search = search;
        this.claims = claims;
    }

    /** One sentence as read, before anything is registered: its words, score, flags and matches. */
    private record Read(
            SentenceScore span,
            int start,
            String text,
            CheckWorthiness.Score score,
            List<FlagResponse> flags,
            List<SimilarClaim> matches) {}

    @Transactional
    public CheckResponse check(CheckRequest request) {
        String text = request.text();
        if (text.length() > language.maxTextLength()) {
            throw new TooLarge(
                    "text has " + text.length() + " characters; at most " + language.maxTextLength() + " are checked");
        }
        textBudget.spend(text.length());
        // The analyzer's sentences (io.credence.text.Sentences) are the ones checked.
        Analysis analysis = analyzer.analyze(text);
        // Both the check-worthiness model and the matching read each sentence's vector: embed them all at once.
        embedder.embedAll(analysis.sentences().stream()
                .map(s -> text.substring(s.start(), s.end()).strip())
                .toList());
        // Every sentence is matched, check-worthy or not: a desk's earlier check answers it either way.
        List<List<SimilarClaim>> matches = search
                .sameOrContradictingAll(
                        analysis.sentences().stream()
                                .map(s -> text.substring(s.start(), s.end()).strip())
                                .toList(),
                        null,
                        MATCHES_PER_SENTENCE)
                .stream()
                .map(found -> found.stream().map(SimilarClaim::of).toList())
                .toList();
        List<Read> read = new ArrayList<>();
        for (int i = 0; i < analysis.sentences().size(); i++) {
            read.add(read(text, analysis.sentences().get(i), analysis, matches.get(i)));
        }
        matchAsAWhole(text, read);

        boolean register = Boolean.TRUE.equals(request.register());
        int mayRegister = register ? Math.min(maxRegistrations, budget.remaining()) : 0;
        List<CheckResponse.Sentence> sentences = new ArrayList<>();
        List<UUID> registered = new ArrayList<>();
        List<Articles.Reliance> reliances = new ArrayList<>();
        boolean limitReached = false;
        for (Read r : read) {
            boolean checkedAlready = r.matches().stream().anyMatch(m -> m.relation() == Relation.SAME);
            UUID registeredId = null;
            boolean wouldRegister = register
                    && r.score().value() >= REGISTER_FROM
                    && !checkedAlready
                    && r.text().length() <= MAX_CLAIM_LENGTH;
            if (wouldRegister && registered.size() >= mayRegister) {
                limitReached = true;
            } else if (wouldRegister) {
                registeredId = claims.register(
                                new CreateClaimRequest(
                                        r.text(),
                                        null,
                                        null,
                                        request.url() == null ? null : new AppearanceDto(request.url(), null, null),
                                        request.language(),
                                        null),
                                RegistrationBudget.REASON)
                        .id;
                registered.add(registeredId);
            }
            // What the sentence relies on: the claims it says the same as, or the one it just registered.
            List<UUID> reliedOn = r.matches().stream()
                    .filter(m -> m.relation() == Relation.SAME)
                    .map(SimilarClaim::id)
                    .collect(Collectors.toCollection(ArrayList::new));
            if (registeredId != null) {
                reliedOn.add(registeredId);
            }
            Map<UUID, List<ReviewSummary>> reviewed = reviews.importedFor(reliedOn);
            sentences.add(new CheckResponse.Sentence(
                    r.start(),
                    r.start() + r.text().length(),
                    r.text(),
                    r.score().value(),
                    r.score().worthy(),
                    r.score().reasons(),
                    r.flags(),
                    r.span().rumourScore(),
                    r.matches(),
                    registeredId,
                    reliedOn.stream()
                            .flatMap(id -> reviewed.getOrDefault(id, List.of()).stream())
                            .toList()));
            for (UUID id : reliedOn) {
                Claim claim = claims.require(id);
                boolean published = claim.workflowState == WorkflowStage.PUBLISHED;
                reliances.add(new Articles.Reliance(
                        id,
                        r.start(),
                        r.text(),
                        claim.status,
                        published ? claim.verdictRating : null,
                        published ? claim.verdictLabel : null));
            }
        }
        UUID articleId = request.url() == null
                ? null
                : articles.recordCheck(
                                request.url(), reliances, caller.getPrincipal().getName())
                        .id;
        return new CheckResponse(sentences, analysis.rumourScore(), registered, limitReached, articleId);
    }

    private Read read(String text, SentenceScore s, Analysis analysis, List<SimilarClaim> matches) {
        String sentence = text.substring(s.start(), s.end()).strip();
        List<Flag> sentenceFlags = analysis.flags().stream()
                .filter(f -> f.start() >= s.start() && f.end() <= s.end())
                .toList();
        // The model was trained on the lexicon's cues; the uncertainty model's own flags are not among its features.
        CheckWorthiness.Score score = worthiness.of(
                sentence,
                sentenceFlags.stream()
                        .filter(f -> f.category() != Category.VAGUE)
                        .toList());
        int start = s.start() + text.substring(s.start(), s.end()).indexOf(sentence);
        return new Read(
                s,
                start,
                sentence,
                score,
                sentenceFlags.stream().map(FlagResponse::of).toList(),
                matches);
    }

    /**
     * A post of a few sentences often says its claim across them ("Unbelievable. They cut the
     * pensions again. 40 % this time."), and no sentence alone is the same as the registered claim.
     * A text short enough for the sentence model to read whole is therefore matched whole as well; a
     * claim it says the same as that no sentence found goes to its most check-worthy sentence, since
     * that is the one that makes the claim. (Measured in docs/NEWSROOM.md; the length is the model's
     * window, not a tuned value.) A short text of one sentence is matched whole too: as a whole it is
     * what the desk asked about, and its best candidate is judged as a search's is, which a sentence of
     * an article's is not (docs/MATCHING.md).
     */
    private void matchAsAWhole(String text, List<Read> read) {
        if (read.isEmpty() || text.strip().length() > WHOLE_TEXT_CHARS) {
            return;
        }
        Set<UUID> found = new HashSet<>();
        read.forEach(r -> r.matches().forEach(m -> found.add(m.id())));
        List<SimilarClaim> more = search.same(text.strip(), null, MATCHES_PER_SENTENCE).stream()
                .map(SimilarClaim::of)
                .filter(m -> !found.contains(m.id()))
                .toList();
        if (more.isEmpty()) {
            return;
        }
        Read carrier = read.stream()
                .max(Comparator.comparingDouble(r -> r.score().value()))
                .orElseThrow();
        List<SimilarClaim> matches = new ArrayList<>(carrier.matches());
        matches.addAll(more);
        read.set(
                read.indexOf(carrier),
                new Read(
                        carrier.span(),
                        carrier.start(),
                        carrier.text(),
                        carrier.score(),
                        carrier.flags(),
                        List.copyOf(matches)));
    }
}
