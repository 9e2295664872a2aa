package io.credence.reassessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.credence.assessment.Assessment;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EvidenceItem;
import io.credence.assessment.Reliability;
import io.credence.assessment.Rounding;
import io.credence.assessment.WhatWouldChange;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditEvent;
import io.credence.audit.AuditWriter;
import io.credence.claim.ClaimAsOfResponse;
import io.credence.claim.ClaimHistory;
import io.credence.claim.ClaimState;
import io.credence.claim.WorkflowStage;
import io.credence.claim.WorkflowState;
import io.credence.claim.WouldChange;
import io.credence.evidence.EvidenceState;
import io.credence.language.RumourGrade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Replays a claim's chain up to an instant: the recorded claim, its workflow and verdict, each
 * evidence item's last recorded state; the sources' ratings come from the sources chain up to the
 * same instant. The assessment is recomputed from those with the engine parameters in force then.
 */
@ApplicationScoped
public class AsOfView implements ClaimHistory {

    private final EntityManager em;
    private final ParameterVersions versions;
    private final RumourGrade rumourGrade;

    AsOfView(EntityManager em, ParameterVersions versions, RumourGrade rumourGrade) {
        this.em = em;
        this.versions = versions;
        this.rumourGrade = rumourGrade;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClaimAsOfResponse> asOf(UUID claimId, Instant asOf) {
        List<AuditEvent> events = em.createQuery(
                        "from AuditEvent where chain = ?1 and at <= ?2 order by seq", AuditEvent.class)
                .setParameter(1, AuditWriter.claimChain(claimId))
                .setParameter(2, asOf)
                .getResultList();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        ClaimState claim = null;
        WorkflowStage workflow = WorkflowStage.NEW;
        String assignee = null;
        JsonNode verdict = null;
        Map<UUID, String> evidence = new LinkedHashMap<>();
        for (AuditEvent event : events) {
            AuditAction action = AuditAction.of(event.action).orElse(null);
            if (action == null) {
                continue; // written by a later version: nothing this one knows to show
            }
            switch (action) {
                case CLAIM_REGISTERED -> claim = AuditWriter.read(event.after, ClaimState.class);
                case CLAIM_WORKFLOW_CHANGED -> {
                    WorkflowState state = AuditWriter.read(event.after, WorkflowState.class);
                    workflow = state.state();
                    assignee = state.assignee();
                }
                case VERDICT_PUBLISHED -> verdict = AuditWriter.tree(event.after);
                case EVIDENCE_ADDED, EVIDENCE_WITHDRAWN, EVIDENCE_INDEPENDENCE_RULED ->
                    evidence.put(event.entityId, event.after);
                default -> {
                    // duplicate decisions, computed statuses and the other chains carry nothing the view shows
                }
            }
        }
        List<EvidenceState> states = evidence.values().stream()
                .map(json -> AuditWriter.read(json, EvidenceState.class))
                .toList();
        Set<UUID> sources = new HashSet<>();
        for (EvidenceState e : states) {
            sources.add(e.sourceId());
            if (e.citesSourceId() != null) {
                sources.add(e.citesSourceId());
            }
        }
        Map<UUID, Reliability> ratings = ratingsAt(sources, asOf);
        Map<UUID, String> names = namesOf(sources);
        List<EvidenceItem> items = new ArrayList<>();
        for (EvidenceState e : states) {
            EvidenceItem.SourceRef cited = e.citesSourceId() == null
                    ? null
                    : new EvidenceItem.SourceRef(
                            e.citesSourceId().toString(),
                            names.get(e.citesSourceId()),
                            ratings.getOrDefault(e.citesSourceId(), Reliability.F));
            items.add(new EvidenceItem(
                    e.id().toString(),
                    new EvidenceItem.SourceRef(
                            e.sourceId().toString(),
                            names.get(e.sourceId()),
                            ratings.getOrDefault(e.sourceId(), Reliability.F)),
                    e.stance(),
                    e.credibility(),
                    cited,
                    e.excerpt(),
                    e.observedAt() != null ? e.observedAt() : e.createdAt(),
                    e.rumourPenalty(),
                    e.withdrawnAt() != null,
                    Boolean.TRUE.equals(e.independent())));
        }
        List<JsonNode> recorded =
                evidence.values().stream().map(AuditWriter::tree).toList();
        ConfidenceEngine engine = versions.engineAt(asOf);
        boolean rumour = claim != null && rumourGrade.of(claim.text());
        Assessment a = engine.assess(items, rumour);
        return Optional.of(new ClaimAsOfResponse(
                asOf,
                claim,
                workflow,
                assignee,
                verdict,
                recorded,
                new ClaimAsOfResponse.AssessmentSummary(
                        a.status().name(),
                        Rounding.hundredths(a.probability()),
                        Rounding.hundredths(a.opinion().belief()),
                        Rounding.hundredths(a.opinion().disbelief()),
                        Rounding.hundredths(a.opinion().uncertainty()),
                        a.likelihood(),
                        a.explanation(),
                        WouldChange.of(new WhatWouldChange(engine).of(items, rumour, a)))));
    }

    /** Sources' names as they are now: names are labels, ratings are what the past assessment depends on. */
    private Map<UUID, String> namesOf(Set<UUID> sources) {
        Map<UUID, String> names = new HashMap<>();
        if (!sources.isEmpty()) {
            em.createQuery("select s.id, s.name from Source s where s.id in ?1", Object[].class)
                    .setParameter(1, sources)
                    .getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    /** Each source's reliability as last recorded in the sources chain by that instant. */
    private Map<UUID, Reliability> ratingsAt(Set<UUID> sources, Instant asOf) {
        Map<UUID, Reliability> ratings = new HashMap<>();
        if (sources.isEmpty()) {
            return ratings;
        }
        List<AuditEvent> events = em.createQuery(
                        "from AuditEvent where chain = ?1 and entityId in ?2 and at <= ?3 " + "order by seq",
                        AuditEvent.class)
                .setParameter(1, AuditWriter.SOURCES)
                .setParameter(2, sources)
                .setParameter(3, asOf)
                .getResultList();
        for (AuditEvent event : events) {
            JsonNode after = AuditWriter.tree(event.after);
            if (after != null && after.hasNonNull("reliability")) {
                ratings.put(
                        event.entityId,
                        Reliability.valueOf(after.get("reliability").asText()));
            }
        }
        return ratings;
    }
}
