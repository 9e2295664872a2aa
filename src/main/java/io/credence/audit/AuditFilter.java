package io.credence.audit;

import java.time.Instant;

/**
 * Filters of the audit listing and export; each null when not asked for, combined with AND.
 *
 * @param actor only events by this actor (API key owner)
 * @param entity only events on this kind of entity
 * @param action only events of this action
 * @param from only events at or after this instant
 * @param to only events before this instant
 */
public record AuditFilter(String actor, String entity, String action, Instant from, Instant to) {}
