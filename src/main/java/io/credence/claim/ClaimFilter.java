package io.credence.claim;

import io.credence.assessment.Status;

/**
 * The filters of the claim listing; each null (or false) when not asked for, combined with AND.
 *
 * @param status only claims with this status
 * @param tag only claims carrying this tag (case-insensitive)
 * @param divergent only claims whose published verdict and computed rating differ by two or more steps
 * @param workflow only claims in this workflow state
 * @param assignee only claims assigned to this person (case-insensitive)
 * @param q only claims whose text contains this (case-insensitive)
 */
public record ClaimFilter(
        Status status, String tag, boolean divergent, WorkflowStage workflow, String assignee, String q) {}
