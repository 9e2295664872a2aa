package io.credence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.credence.audit.proof.EventHash;
import io.credence.time.Timestamps;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes audit events, in the transaction of the change they record. Appending locks only the
 * head of the event's own chain (one per claim, one for sources), so changes to different claims
 * never wait on each other.
 */
@ApplicationScoped
public class AuditWriter {

    public static final String SOURCES = "sources";
    /** Issued and revoked API keys. */
    public static final String ACCESS = "access";
    /** Versions of the engine's parameters. */
    public static final String PARAMETERS = "parameters";
    /** Webhook subscriptions and their removal. */
    public static final String WEBHOOKS = "webhooks";
    /** The actor of what the service does outside any request. */
    public static final String SYSTEM = "system";
    /** The confidence engine, as the actor of the status changes it computes. */
    public static final String ENGINE = "engine";
    /** The attribute of a caller's identity that holds the id of the API key it presented. */
    public static final String KEY_ID = "credence.key-id";

    /** Sorted keys and ISO-8601 times: the same state always serializes to the same text. */
    static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final EntityManager em;
    private final Instance<SecurityIdentity> identity;
    private final Timestamps timestamps;

    AuditWriter(EntityManager em, Instance<SecurityIdentity> identity, Timestamps timestamps) {
        this.em = em;
        this.identity = identity;
        this.timestamps = timestamps;
    }

    public static String claimChain(UUID claimId) {
        return "claim:" + claimId;
    }

    /** Opens the chain of a new claim; call in the transaction that registers it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openChain(String chain) {
        AuditChain head = new AuditChain();
        head.chain = chain;
        head.lastSeq = 0;
        head.lastHash = EventHash.GENESIS;
        em.persist(head);
    }

    /**
     * Appends one event to the chain, by the caller of this request.
     *
     * @param before the entity's state before the change (a record), or null for a creation
     * @param after  its state after the change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(
            String chain, AuditAction action, UUID entityId, String reason, Object before, Object after) {
        return record(chain, action.wireName(), action.entity(), entityId, reason, before, after);
    }

    /** An event of a kind {@link AuditAction} does not list (the export test's own bulk events). */
    @Transactional(Transactional.TxType.MANDATORY)
    AuditEvent record(
            String chain, String action, String entity, UUID entityId, String reason, Object before, Object after) {
        Actor actor = actor();
        return append(actor.name(), actor.keyId(), chain, action, entity, entityId, reason, before, after);
    }

    /**
     * Locks the heads of many chains in one query, in chain order, before events are appended to
     * each: a batch then pays one round trip instead of one per chain.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockChains(Collection<String> chains) {
        if (!chains.isEmpty()) {
            em.createQuery("from AuditChain where chain in ?1 order by chain", AuditChain.class)
                    .setParameter(1, chains)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
    }

    /**
     * Locks a row and the head of the audit chain its change will append to, in one statement: the
     * change then pays one round trip for both locks, and {@link #record} finds the head already
     * locked in the session instead of locking it again. Empty when either row is missing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E> Optional<E> lockWithChain(Class<E> type, Object id, String chain) {
        String entity = em.getMetamodel().entity(type).getName();
        return em.createQuery(
                        "select e, h from " + entity + " e, AuditChain h where e.id = ?1 and h.chain = ?2",
                        Object[].class)
                .setParameter(1, id)
                .setParameter(2, chain)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(row -> type.cast(row[0]));
    }

    /** Appends an event done by the service itself (such as {@link #ENGINE}), whoever made the request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent recordAs(
            String actor, String chain, AuditAction action, UUID entityId, String reason, Object before, Object after) {
        return append(actor, null, chain, action.wireName(), action.entity(), entityId, reason, before, after);
    }

    private AuditEvent append(
            String actor,
            UUID actorKeyId,
            String chain,
            String action,
            String entity,
            UUID entityId,
            String reason,
            Object before,
            Object after) {
        AuditChain head = em.find(AuditChain.class, chain, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("no audit chain " + chain);
        }
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.chain = chain;
        event.seq = head.lastSeq + 1;
        event.at = timestamps.now();
        event.actor = actor;
        event.actorKeyId = actorKeyId;
        event.action = action;
        event.entity = entity;
        event.entityId = entityId;
        event.reason = reason;
        event.before = json(before);
        event.after = json(after);
        event.prevHash = head.lastHash;
        event.hashVersion = EventHash.CURRENT;
        event.hash = EventHash.of(event.content());
        em.persist(event);
        head.lastSeq = event.seq;
        head.lastHash = event.hash;
        return event;
    }

    /** The caller of this request, with the key it presented; {@link #SYSTEM} outside a request. */
    private Actor actor() {
        if (identity.isResolvable()) {
            try {
                SecurityIdentity caller = identity.get();
                if (!caller.isAnonymous()) {
                    return new Actor(caller.getPrincipal().getName(), caller.getAttribute(KEY_ID));
                }
            } catch (RuntimeException outsideARequest) {
                return new Actor(SYSTEM, null);
            }
        }
        return new Actor(SYSTEM, null);
    }

    private record Actor(String name, UUID keyId) {}

    /** Reads a recorded state back. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : CANONICAL.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded state is not " + type.getSimpleName(), e);
        }
    }

    /** A state as the trail records it, as a JSON tree: what a row is compared to its events in. */
    public static JsonNode recorded(Object state) {
        return tree(json(state));
    }

    /** Reads a recorded state back as a JSON tree. */
    public static JsonNode tree(String json) {
        return AuditEventResponse.tree(json);
    }

    static String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return CANONICAL.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit state cannot be serialized", e);
        }
    }
}
