package io.credence.claim;

import io.credence.assessment.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A claim read for showing it, with one prepared statement and no persistence context: what
 * {@code GET /claims/{id}} needs. Building the entity and its tag collection through Hibernate, and
 * opening and closing a session for it, was a fifth of that request's cost. The claim returned is
 * detached: read it, never change or persist it.
 */
@ApplicationScoped
public class ClaimReads {

    // One row per tag (or one row with a null tag): the claim and its tags in one round trip.
    private static final String CLAIM_WITH_TAGS = """
            select c.id, c.text, c.headline, c.claimant, c.appearance_url, c.appearance_publisher,
                   c.appearance_published_at, c.language, c.status, c.belief, c.disbelief, c.uncertainty,
                   c.probability, c.computed_rating, c.status_explanation, c.verdict_rating, c.verdict_label,
                   c.workflow_state, c.assignee, c.duplicate_of, c.version, c.created_at, c.updated_at, t.tag
            from claim c left join claim_tag t on t.claim_id = c.id
            where c.id = ?""";

    private final DataSource dataSource;

    ClaimReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The claim as stored now, or empty when there is none. */
    public Optional<Claim> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CLAIM_WITH_TAGS)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                Claim claim = null;
                while (rows.next()) {
                    if (claim == null) {
                        claim = claimOf(rows);
                    }
                    String tag = rows.getString("tag");
                    if (tag != null) {
                        claim.tags.add(tag);
                    }
                }
                return Optional.ofNullable(claim);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading claim " + id + " failed", e);
        }
    }

    private static Claim claimOf(ResultSet row) throws SQLException {
        Claim claim = new Claim();
        claim.id = row.getObject("id", UUID.class);
        claim.text = row.getString("text");
        claim.headline = row.getString("headline");
        claim.claimant = row.getString("claimant");
        Appearance appearance = new Appearance();
        appearance.url = row.getString("appearance_url");
        appearance.publisher = row.getString("appearance_publisher");
        appearance.publishedAt = instant(row, "appearance_published_at");
        // As Hibernate reads an embeddable: null when every column of it is.
        claim.appearance = appearance.url == null && appearance.publisher == null && appearance.publishedAt == null
                ? null
                : appearance;
        claim.language = row.getString("language");
        claim.status = Status.valueOf(row.getString("status"));
        claim.belief = row.getDouble("belief");
        claim.disbelief = row.getDouble("disbelief");
        claim.uncertainty = row.getDouble("uncertainty");
        claim.probability = row.getDouble("probability");
        claim.computedRating = row.getInt("computed_rating");
        claim.explanation = row.getString("status_explanation");
        claim.verdictRating = row.getObject("verdict_rating", Integer.class);
        claim.verdictLabel = row.getString("verdict_label");
        claim.workflowState = WorkflowStage.valueOf(row.getString("workflow_state"));
        claim.assignee = row.getString("assignee");
        claim.duplicateOf = row.getObject("duplicate_of", UUID.class);
        claim.version = row.getLong("version");
        claim.createdAt = instant(row, "created_at");
        claim.updatedAt = instant(row, "updated_at");
        return claim;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
