package io.credence.claim;

import io.credence.assessment.ConfidenceEngine;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.classify.SentenceEmbedder;
import io.credence.language.RumourGrade;
import io.credence.matching.ClaimSearch;
import io.credence.matching.ClaimVectorStored;
import io.credence.matching.ClaimVectors;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.LikePattern;
import io.credence.persistence.Listing;
import io.credence.refusal.Conflict;
import io.credence.refusal.ExpectedVersion;
import io.credence.refusal.NotFound;
import io.credence.refusal.UnknownReference;
import io.credence.time.Timestamps;
import io.credence.webhook.Webhooks;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Hibernate;

/** Registers and finds claims. */
@ApplicationScoped
public class ClaimService {

    private final ConfidenceEngine engine;
    private final RumourGrade rumourGrade;
    private final AuditWriter audit;
    private final ClaimSearch search;
    private final SentenceEmbedder embedder;
    private final ClaimVectors vectors;
    private final Event<ClaimVectorStored> vectorStored;
    private final Webhooks webhooks;
    private final Event<VerdictChanged> verdictChanged;
    private final Timestamps timestamps;

    ClaimService(
            ConfidenceEngine engine,
            RumourGrade rumourGrade,
            AuditWriter audit,
            ClaimSearch search,
            SentenceEmbedder embedder,
            ClaimVectors vectors,
            Event<ClaimVectorStored> vectorStored,
            Webhooks webhooks,
            Event<VerdictChanged> verdictChanged,
            Timestamps timestamps) {
        this.verdictChanged = verdictChanged;
        this.engine = engine;
        this.rumourGrade = rumourGrade;
        this.audit = audit;
        this.search = search;
        this.embedder = embedder;
        this.vectors = vectors;
        this.vectorStored = vectorStored;
        this.webhooks = webhooks;
        this.timestamps = timestamps;
    }

    public Claim register(CreateClaimRequest request) {
        return register(request, null);
    }

    /** Registers a claim, with why it was registered when that is not a person's request (as POST /check). */
    public Claim register(CreateClaimRequest request, String reason) {
        // Embedded before the transaction opens: the milliseconds of the model hold no connection and no lock.
        String headline = headlineOf(request);
        float[] textVector = embedder.embed(request.text().strip());
        float[] headlineVector = headline == null ? null : embedder.embed(headline);
        return store(request, reason, textVector, headlineVector);
    }

    /** The request's headline as stored: stripped, or null when it has none (blank counts as none). */
    private static String headlineOf(CreateClaimRequest request) {
        return request.headline() == null || request.headline().isBlank()
                ? null
                : request.headline().strip();
    }

    @Transactional
    Claim store(CreateClaimRequest request, String reason, float[] textVector, float[] headlineVector) {
        Instant now = timestamps.now();
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.text = request.text().strip();
        claim.headline = headlineOf(request);
        claim.claimant = request.claimant();
        claim.appearance =
                request.appearance() == null ? null : request.appearance().toEmbeddable();
        claim.language = request.language();
        if (request.tags() != null) {
            request.tags().forEach(tag -> claim.tags.add(normaliseTag(tag)));
        }
        // No evidence yet: UNVERIFIED, or RUMOUR when the claim's own wording is rumour-grade.
        claim.record(engine.assess(List.of(), rumourGrade.ofClaim(claim.id, claim.text)));
        claim.createdAt = now;
        claim.updatedAt = now;
        claim.persist();
        String chain = AuditWriter.claimChain(claim.id);
        audit.openChain(chain);
        audit.record(chain, AuditAction.CLAIM_REGISTERED, claim.id, reason, null, ClaimState.of(claim));
        // Embedded once, at registration; the index takes the vector up when this transaction commits.
        vectors.store(claim.id, SentenceEmbedder.MODEL, textVector, headlineVector);
        vectorStored.fire(new ClaimVectorStored(claim.id));
        webhooks.emit(new ClaimRegistered(claim.id, claim.text, claim.status));
        return claim;
    }

    /** The claim; NotFound when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Claim require(UUID id) {
        // Tags in the same query: every response lists them.
        return Claim.<Claim>find("from Claim c left join fetch c.tags where c.id = ?1", id)
                .singleResultOptional()
                .orElseThrow(() -> new NotFound("Claim", id));
    }

    /** The claim, locked until the transaction ends so that changes to one claim apply in turn; NotFound when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim requireForUpdate(UUID id) {
        // Every change to a claim appends to its audit chain, so the chain's head is locked with it.
        return audit.lockWithChain(Claim.class, id, AuditWriter.claimChain(id))
                .or(() -> Claim.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFound("Claim", id));
    }

    /** Registered claims that say the same as this one or contradict it, most alike first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimSearch.Match> similar(Claim claim, int limit) {
        return search.sameOrContradicting(claim.text, claim.id, limit);
    }

    /** Registered claims that say the same as this one, most alike first: possible duplicates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimSearch.Match> possibleDuplicates(Claim claim, int limit) {
        return search.same(claim.text, claim.id, limit);
    }

    /**
     * Records an editor's decision that the claim repeats another (confirmed: it points at that
     * claim's canonical claim from now on) or does not (the pair is not suggested again). Made
     * against the claim's version (a stale one is StaleVersion, none VersionRequired); UnknownReference
     * when the other claim does not exist, Conflict when the claim is the other or the other already
     * repeats it.
     */
    @Transactional
    public Claim decideDuplicate(UUID id, DuplicateDecision decision, ExpectedVersion expected) {
        Claim claim = requireForUpdate(id);
        expected.check("claim", claim.version);
        Claim other = Claim.<Claim>findByIdOptional(decision.canonicalId())
                .orElseThrow(() -> new UnknownReference("canonicalId", "claim", decision.canonicalId()));
        if (other.id.equals(claim.id)) {
            throw new Conflict("A claim cannot repeat itself");
        }
        DuplicateRecord before = new DuplicateRecord(claim.duplicateOf);
        var em = Claim.getEntityManager();
        if (decision.confirmed()) {
            UUID canonical = search.canonicalOf(other.id);
            if (canonical.equals(claim.id)) {
                throw new Conflict("Claim " + other.id + " already repeats claim " + claim.id);
            }
            claim.duplicateOf = canonical;
            em.createNativeQuery("delete from claim_not_duplicate where (claim_id = ?1 and other_id = ?2) "
                            + "or (claim_id = ?2 and other_id = ?1)")
                    .setParameter(1, claim.id)
                    .setParameter(2, other.id)
                    .executeUpdate();
        } else {
            if (other.id.equals(claim.duplicateOf)) {
                claim.duplicateOf = null;
            }
            em.createNativeQuery("insert into claim_not_duplicate (claim_id, other_id) select ?1, ?2 where not exists "
                            + "(select 1 from claim_not_duplicate where claim_id = ?1 and other_id = ?2)")
                    .setParameter(1, claim.id)
                    .setParameter(2, other.id)
                    .executeUpdate();
        }
        claim.touch(timestamps.now());
        audit.record(
                AuditWriter.claimChain(claim.id),
                decision.confirmed() ? AuditAction.CLAIM_DUPLICATE_CONFIRMED : AuditAction.CLAIM_DUPLICATE_REJECTED,
                claim.id,
                decision.reason(),
                before,
                new DuplicateRecord(claim.duplicateOf));
        Hibernate.initialize(claim.tags); // the response reads them after the transaction
        return claim;
    }

    /** The claim a confirmed duplicate stands for (the claim itself when it repeats none); NotFound when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID canonicalOf(UUID id) {
        return search.canonicalOf(require(id).id);
    }

    /** Moves the claim through the workflow, made against its current version; only the allowed moves (Conflict otherwise). */
    @Transactional
    public Claim changeWorkflow(UUID id, WorkflowChange change, ExpectedVersion expected) {
        Claim claim = requireForUpdate(id);
        expected.check("claim", claim.version);
        if (!claim.workflowState.canMoveTo(change.state())) {
            throw new Conflict("A claim cannot move from " + claim.workflowState + " to " + change.state());
        }
        WorkflowState before = new WorkflowState(claim.workflowState, claim.assignee);
        claim.workflowState = change.state();
        if (change.assignee() != null) {
            claim.assignee =
                    change.assignee().isBlank() ? null : change.assignee().strip();
        }
        claim.touch(timestamps.now());
        announceWorkflowChange(claim, before, change.reason());
        Hibernate.initialize(claim.tags); // the response reads them after the transaction
        return claim;
    }

    /** New evidence on a published claim sends it back to review. Call inside the evidence's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopenIfPublished(Claim claim) {
        if (claim.workflowState == WorkflowStage.PUBLISHED) {
            WorkflowState before = new WorkflowState(claim.workflowState, claim.assignee);
            claim.workflowState = WorkflowStage.IN_REVIEW;
            announceWorkflowChange(claim, before, "New evidence after publication");
        }
    }

    /** One audit event and one webhook notice for a workflow move, whoever made it. */
    private void announceWorkflowChange(Claim claim, WorkflowState before, String reason) {
        audit.record(
                AuditWriter.claimChain(claim.id),
                AuditAction.CLAIM_WORKFLOW_CHANGED,
                claim.id,
                reason,
                before,
                new WorkflowState(claim.workflowState, claim.assignee));
        webhooks.emit(new ClaimWorkflowChanged(claim.id, before.state(), claim.workflowState, claim.assignee));
        if (before.state() == WorkflowStage.PUBLISHED
                && claim.workflowState != WorkflowStage.PUBLISHED
                && claim.verdictRating != null) {
            // Its ClaimReview is no longer served: what relied on the published verdict must hear of it.
            verdictChanged.fire(new VerdictChanged(
                    claim.id,
                    VerdictChanged.of(claim.verdictRating, claim.verdictLabel),
                    null,
                    "back in review: " + (reason == null ? "no reason given" : reason)));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Claim> list(ClaimFilter filter, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add(":tag member of tags");
            params.put("tag", normaliseTag(filter.tag()));
        }
        if (filter.divergent()) {
            conditions.add("verdictRating is not null and abs(verdictRating - computedRating) >= 2");
        }
        if (filter.workflow() != null) {
            conditions.add("workflowState = :workflow");
            params.put("workflow", filter.workflow());
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            conditions.add("lower(assignee) = :assignee");
            params.put("assignee", filter.assignee().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("lower(text) like :q escape '\\'");
            params.put("q", LikePattern.containing(filter.q().strip()));
        }
        Sort order = Sort.descending("createdAt").and("id");
        Listing<Claim> listing = Listing.where(Claim.class, String.join(" and ", conditions), params, order)
                .fetching("tags"); // every response lists them
        if (params.containsKey("q")) {
            // Counting text matches far past the page can take a trigram index 100 ms on a million
            // claims: the total stops at the end of this page (totalExact false when more follow).
            listing = listing.countingUpTo((int) Math.min((page.page() + 1L) * page.size(), Listing.MAX_COUNT_LIMIT));
        }
        return listing.page(page);
    }

    private static String normaliseTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
