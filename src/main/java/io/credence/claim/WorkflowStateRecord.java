package io.credence.claim;

/** The workflow part of a claim, as the audit trail records it. */
public record WorkflowStateRecord(WorkflowState state, String assignee) {}
