-- Judgement has a history and never blocks readiness (issue 13, rules 9 and 10).

-- Every set of engine parameters (with the rumour lexicon) the service has assessed with, and from
-- when: ?asOf= assesses with the version in force at that time. Replaces assessment_state.
CREATE TABLE engine_parameters (
    version        BIGINT PRIMARY KEY,
    fingerprint    VARCHAR(64)   NOT NULL,
    lexicon        VARCHAR(64)   NOT NULL,
    parameters     VARCHAR(8000) NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL
);
DROP TABLE assessment_state;

-- Claims to reassess in the background, in batches, by whichever instance holds the lease; the
-- cursor (after_claim) makes a job resumable after a crash or a lost lease.
CREATE TABLE reassessment_job (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(20)   NOT NULL,
    source_id       UUID,
    cause           VARCHAR(1000) NOT NULL,
    rejudge_wording BOOLEAN       NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    total           BIGINT,
    done            BIGINT        NOT NULL,
    changed         BIGINT        NOT NULL,
    after_claim     UUID,
    worker          VARCHAR(100),
    lease_until     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reassessment_job_kind_check CHECK (kind IN ('RULES_CHANGED', 'SOURCE_RERATED')),
    CONSTRAINT reassessment_job_state_check CHECK (state IN ('QUEUED', 'RUNNING', 'DONE'))
);
CREATE INDEX reassessment_job_state_idx ON reassessment_job (state, created_at);

-- Weights are computed with each assessment now (they depend on the whole citation path), so the
-- per-item copies kept for picking counted items in SQL are gone.
DROP INDEX evidence_claim_origin_idx;
ALTER TABLE evidence DROP COLUMN weight;
ALTER TABLE evidence DROP COLUMN base_weight;
