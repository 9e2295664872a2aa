-- An admin's dismissal of the rating a source's track record suggested (io.credence.trackrecord): the same
-- suggestion is not shown again until the record has grown (more resolved claims than when it was dismissed).
-- Audited (rating_suggestion_dismissal events on the sources chain); never updated or deleted.
CREATE TABLE rating_suggestion_dismissal (
    id            UUID          PRIMARY KEY,
    source_id     UUID          NOT NULL REFERENCES source (id),
    suggested     VARCHAR(1)    NOT NULL,
    resolved      INTEGER       NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    dismissed_by  VARCHAR(255)  NOT NULL,
    dismissed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rating_suggestion_dismissal_source_idx ON rating_suggestion_dismissal (source_id, dismissed_at);
