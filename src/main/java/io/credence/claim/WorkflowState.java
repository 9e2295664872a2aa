package io.credence.claim;

/** The workflow part of a claim, as the audit trail records it. */
public record WorkflowState(WorkflowStage state, String assignee) {}
