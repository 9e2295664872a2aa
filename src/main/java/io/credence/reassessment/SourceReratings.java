package io.credence.reassessment;

import io.credence.source.RatingFollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A re-rated source's claims, reassessed by a background job (the ratings' wording is not judged again). */
@ApplicationScoped
class SourceReratings implements RatingFollowUp {

    private final Jobs jobs;

    SourceReratings(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public UUID queueReassessment(UUID sourceId, String cause) {
        return jobs.queue(ReassessmentJob.Kind.SOURCE_RERATED, sourceId, cause, false).id;
    }
}
