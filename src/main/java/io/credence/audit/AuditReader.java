package io.credence.audit;

import io.credence.audit.proof.EventHash;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.Listing;
import io.credence.refusal.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Reads the trail: one claim's history, filtered listings, batched scans for export and verification. */
@ApplicationScoped
public class AuditReader {

    private static final int BATCH = 1_000;

    private final EntityManager em;
    private final AuditCheckpoints checkpoints;
    private final Instance<AuditedRows> audited;
    private final Instance<DerivedRows> derived;

    AuditReader(
            EntityManager em,
            AuditCheckpoints checkpoints,
            @Any Instance<AuditedRows> audited,
            @Any Instance<DerivedRows> derived) {
        this.em = em;
        this.checkpoints = checkpoints;
        this.audited = audited;
        this.derived = derived;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(UUID claimId) {
        String chain = AuditWriter.claimChain(claimId);
        if (AuditChain.findById(chain) == null) {
            throw new NotFound("Claim", claimId);
        }
        return AuditEvent.list("chain", Sort.by("seq"), chain);
    }

    /** How many events of this action with this reason the key has made since then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countByKey(UUID keyId, String action, String reason, Instant since) {
        return em.createQuery(
                        "select count(e) from AuditEvent e where e.actorKeyId = ?1 and e.action = ?2 "
                                + "and e.at >= ?3 and e.reason = ?4",
                        Long.class)
                .setParameter(1, keyId)
                .setParameter(2, action)
                .setParameter(3, since)
                .setParameter(4, reason)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEvent> list(AuditFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Sort order = Sort.by("at").and("chain").and("seq");
        return Listing.where(AuditEvent.class, where, params, order).page(page);
    }

    /**
     * Hands every matching event to the consumer, oldest first, a batch per short transaction with the
     * persistence context cleared in between: memory stays flat however long the trail.
     */
    public void forEach(AuditFilter filter, Consumer<AuditEvent> consumer) {
        Map<String, Object> params = new HashMap<>();
        String matching = where(filter, params);
        Cursor cursor = new Cursor();
        while (true) {
            List<String> conditions = new ArrayList<>();
            if (!matching.isEmpty()) {
                conditions.add("(" + matching + ")");
            }
            if (cursor.at != null) {
                conditions.add("(at > :cursorAt or (at = :cursorAt and id > :cursorId))");
            }
            String jpql = "from AuditEvent" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                    + " order by at, id";
            List<AuditEvent> batch = QuarkusTransaction.requiringNew().call(() -> {
                var query = em.createQuery(jpql, AuditEvent.class);
                params.forEach(query::setParameter);
                if (cursor.at != null) {
                    query.setParameter("cursorAt", cursor.at).setParameter("cursorId", cursor.id);
                }
                List<AuditEvent> events = query.setMaxResults(BATCH).getResultList();
                em.clear();
                return events;
            });
            batch.forEach(consumer);
            if (batch.size() < BATCH) {
                return;
            }
            AuditEvent last = batch.get(batch.size() - 1);
            cursor.at = last.at;
            cursor.id = last.id;
        }
    }

    /**
     * Checks the signed checkpoints against the events ({@link AuditCheckpoints#problem()}: what was
     * signed and is now gone or different comes first), recomputes every chain (each event's hash,
     * its link to the one before, the chain's head), and replays the trail into the rows it
     * describes to compare them with the tables ({@link AuditedRows}).
     */
    public Verification verify() {
        Optional<String> signed = checkpoints.problem();
        if (signed.isPresent()) {
            return new Verification(false, 0, null, signed.get());
        }
        long checked = 0;
        TrailReplay replay = new TrailReplay(audited.stream().toList());
        String chain = null;
        long seq = 0;
        String previous = EventHash.GENESIS;
        Cursor cursor = new Cursor();
        while (true) {
            String fromChain = cursor.chain;
            long fromSeq = cursor.seq;
            List<AuditEvent> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<AuditEvent> events = (fromChain == null
                                ? em.createQuery("from AuditEvent order by chain, seq", AuditEvent.class)
                                : em.createQuery(
                                                "from AuditEvent where chain > :chain or (chain = :chain and seq > :seq) "
                                                        + "order by chain, seq",
                                                AuditEvent.class)
                                        .setParameter("chain", fromChain)
                                        .setParameter("seq", fromSeq))
                        .setMaxResults(BATCH)
                        .getResultList();
                em.clear();
                return events;
            });
            for (AuditEvent event : batch) {
                if (!event.chain.equals(chain)) {
                    Verification head = checkHead(chain, seq, previous, checked);
                    if (head == null && replay.full()) {
                        head = compare(replay, checked);
                    }
                    if (head != null) {
                        return head;
                    }
                    chain = event.chain;
                    seq = 0;
                    previous = EventHash.GENESIS;
                }
                checked++;
                if (event.seq != seq + 1) {
                    return broken(checked, event, "an event before it in its chain is missing");
                }
                if (!event.prevHash.equals(previous)) {
                    return broken(checked, event, "its link to the previous event does not hold");
                }
                if (!EventHash.of(event.content()).equals(event.hash)) {
                    return broken(checked, event, "hash does not match the event's content");
                }
                seq = event.seq;
                previous = event.hash;
                replay.accept(event);
            }
            if (batch.size() < BATCH) {
                Verification head = checkHead(chain, seq, previous, checked);
                if (head == null) {
                    head = checkHeadsWithoutEvents(checked);
                }
                if (head == null) {
                    head = compare(replay, checked);
                }
                if (head == null) {
                    long all = checked;
                    head = QuarkusTransaction.requiringNew()
                            .call(replay::unrecorded)
                            .or(() -> derived.stream()
                                    .map(DerivedRows::disagreement)
                                    .flatMap(Optional::stream)
                                    .findFirst())
                            .map(problem -> new Verification(false, all, null, problem))
                            .orElse(null);
                }
                return head != null ? head : new Verification(true, checked, null, null);
            }
            cursor.chain = chain;
            cursor.seq = seq;
        }
    }

    /** The replayed rows against their tables: a row changed, removed or written past the trail. */
    private static Verification compare(TrailReplay replay, long checked) {
        return QuarkusTransaction.requiringNew()
                .call(replay::compare)
                .map(problem -> new Verification(false, checked, null, problem))
                .orElse(null);
    }

    /** A chain's head must name its last event: otherwise events were removed from its end. */
    private Verification checkHead(String chain, long seq, String lastHash, long checked) {
        if (chain == null) {
            return null;
        }
        AuditChain head = QuarkusTransaction.requiringNew().call(() -> AuditChain.findById(chain));
        if (head != null && (head.lastSeq != seq || !head.lastHash.equals(lastHash))) {
            UUID lastId = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "select id from AuditEvent where chain = :chain and seq = :seq", UUID.class)
                            .setParameter("chain", chain)
                            .setParameter("seq", seq)
                            .getResultStream()
                            .findFirst()
                            .orElse(null));
            return new Verification(false, checked, lastId, "events after this one are missing from chain " + chain);
        }
        return null;
    }

    /**
     * A head that names events its chain does not have: every event of the chain was removed (the
     * walk over events never meets such a chain).
     */
    private Verification checkHeadsWithoutEvents(long checked) {
        List<AuditChain> emptied = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "from AuditChain h where h.lastSeq > 0 and not exists "
                                        + "(select 1 from AuditEvent e where e.chain = h.chain) order by h.chain",
                                AuditChain.class)
                        .setMaxResults(1)
                        .getResultList());
        if (emptied.isEmpty()) {
            return null;
        }
        AuditChain head = emptied.get(0);
        return new Verification(
                false,
                checked,
                null,
                "chain " + head.chain + " has a head at event " + head.lastSeq + " but no events");
    }

    private static Verification broken(long checked, AuditEvent event, String problem) {
        return new Verification(false, checked, event.id, problem);
    }

    private static String where(AuditFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            conditions.add("entity = :entity");
            params.put("entity", filter.entity());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            params.put("to", filter.to());
        }
        return String.join(" and ", conditions);
    }

    private static final class Cursor {
        Instant at;
        UUID id;
        String chain;
        long seq;
    }
}
