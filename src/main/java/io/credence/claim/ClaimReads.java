package io.credence.claim;

import io.credence.assessment.Status;
import io.credence.persistence.NonBlockingReads;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;
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
    // The same for the claims of several reads at once: PostgreSQL's own protocol numbers its
    // parameters, and $1 is an array of ids.
    private static final String CLAIMS_WITH_TAGS = CLAIM_WITH_TAGS.replace("c.id = ?", "c.id = any($1)");

    private final DataSource dataSource;
    private final NonBlockingReads nonBlocking;
    /** The reads an event-loop thread has started in its present turn; only that thread touches its own. */
    private final ThreadLocal<Map<UUID, List<CompletableFuture<Optional<Claim>>>>> waiting =
            ThreadLocal.withInitial(LinkedHashMap::new);
    /** Statements sent for reads: what a test counts to see reads share them. */
    private final LongAdder statements = new LongAdder();

    ClaimReads(DataSource dataSource, NonBlockingReads nonBlocking) {
        this.dataSource = dataSource;
        this.nonBlocking = nonBlocking;
    }

    /**
     * The claim as stored now, or empty, without holding a thread while the database answers when it
     * can (PostgreSQL); otherwise read through JDBC on a worker thread.
     *
     * <p>On PostgreSQL the reads an event loop starts in one turn (the requests one poll of the sockets
     * brought in) go out as one statement, sent when the turn ends: under load, a handful of reads
     * for one round trip, one write to the socket and one execution in the database. A read alone goes
     * out alone, in the same turn, so it waits for nothing. Each read still sees the claim as committed
     * when the statement runs, which is after the read was asked for.
     */
    public CompletionStage<Optional<Claim>> read(UUID id) {
        if (!nonBlocking.available()) {
            return CompletableFuture.supplyAsync(() -> find(id), Infrastructure.getDefaultWorkerPool());
        }
        CompletableFuture<Optional<Claim>> answer = new CompletableFuture<>();
        Context context = Vertx.currentContext();
        if (context == null || !Context.isOnEventLoopThread()) {
            send(Map.of(id, List.of(answer)));
            return answer;
        }
        Map<UUID, List<CompletableFuture<Optional<Claim>>>> turn = waiting.get();
        if (turn.isEmpty()) {
            context.runOnContext(endOfTurn -> {
                Map<UUID, List<CompletableFuture<Optional<Claim>>>> reads = new LinkedHashMap<>(turn);
                turn.clear();
                send(reads);
            });
        }
        turn.computeIfAbsent(id, first -> new ArrayList<>(1)).add(answer);
        return answer;
    }

    long statementsSent() {
        return statements.sum();
    }

    private void send(Map<UUID, List<CompletableFuture<Optional<Claim>>>> reads) {
        statements.increment();
        nonBlocking
                .query(
                        CLAIMS_WITH_TAGS,
                        Tuple.of((Object) reads.keySet().toArray(UUID[]::new)),
                        rows -> claimsOfRows(new RowColumns(rows.iterator())))
                .whenComplete((claims, failure) -> reads.forEach((id, answers) -> {
                    for (CompletableFuture<Optional<Claim>> answer : answers) {
                        if (failure != null) {
                            answer.completeExceptionally(failure);
                        } else {
                            answer.complete(Optional.ofNullable(claims.get(id)));
                        }
                    }
                }));
    }

    /** The claim as stored now, or empty when there is none (JDBC, on the caller's thread). */
    public Optional<Claim> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CLAIM_WITH_TAGS)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return Optional.ofNullable(
                        claimsOfRows(new ResultSetColumns(rows)).get(id));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading claim " + id + " failed", e);
        }
    }

    /** The join's rows, by claim id: each claim from its first row, and from each row a tag (null when it has none). */
    private static Map<UUID, Claim> claimsOfRows(Columns rows) {
        Map<UUID, Claim> claims = new HashMap<>();
        while (rows.next()) {
            Claim claim = claims.computeIfAbsent(rows.uuid("id"), id -> claimOf(rows));
            String tag = rows.string("tag");
            if (tag != null) {
                claim.tags.add(tag);
            }
        }
        return claims;
    }

    private static Claim claimOf(Columns row) {
        Claim claim = new Claim();
        claim.id = row.uuid("id");
        claim.text = row.string("text");
        claim.headline = row.string("headline");
        claim.claimant = row.string("claimant");
        Appearance appearance = new Appearance();
        appearance.url = row.string("appearance_url");
        appearance.publisher = row.string("appearance_publisher");
        appearance.publishedAt = row.instant("appearance_published_at");
        // As Hibernate reads an embeddable: null when every column of it is.
        claim.appearance = appearance.url == null && appearance.publisher == null && appearance.publishedAt == null
                ? null
                : appearance;
        claim.language = row.string("language");
        claim.status = Status.valueOf(row.string("status"));
        claim.belief = row.real("belief");
        claim.disbelief = row.real("disbelief");
        claim.uncertainty = row.real("uncertainty");
        claim.probability = row.real("probability");
        claim.computedRating = row.integer("computed_rating");
        claim.explanation = row.string("status_explanation");
        claim.verdictRating = row.integer("verdict_rating");
        claim.verdictLabel = row.string("verdict_label");
        claim.workflowState = WorkflowStage.valueOf(row.string("workflow_state"));
        claim.assignee = row.string("assignee");
        claim.duplicateOf = row.uuid("duplicate_of");
        claim.version = row.whole("version");
        claim.createdAt = row.instant("created_at");
        claim.updatedAt = row.instant("updated_at");
        return claim;
    }

    /** Rows read one after the other, and the current row's columns by name, whichever client read them. */
    private interface Columns {
        /** Moves to the next row; false when there is none. */
        boolean next();

        String string(String column);

        UUID uuid(String column);

        Instant instant(String column);

        double real(String column);

        Integer integer(String column);

        long whole(String column);
    }

    private static final class RowColumns implements Columns {
        private final Iterator<Row> rows;
        private Row row;

        RowColumns(Iterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            row = rows.hasNext() ? rows.next() : null;
            return row != null;
        }

        @Override
        public String string(String column) {
            return row.getString(column);
        }

        @Override
        public UUID uuid(String column) {
            return row.getUUID(column);
        }

        @Override
        public Instant instant(String column) {
            OffsetDateTime at = row.getOffsetDateTime(column);
            return at == null ? null : at.toInstant();
        }

        @Override
        public double real(String column) {
            return row.getDouble(column);
        }

        @Override
        public Integer integer(String column) {
            return row.getInteger(column);
        }

        @Override
        public long whole(String column) {
            return row.getLong(column);
        }
    }

    /** JDBC's checked exceptions become unchecked here, the SQLException kept as the cause. */
    private record ResultSetColumns(ResultSet row) implements Columns {
        @Override
        public boolean next() {
            return read(row::next);
        }

        @Override
        public String string(String column) {
            return read(() -> row.getString(column));
        }

        @Override
        public UUID uuid(String column) {
            return read(() -> row.getObject(column, UUID.class));
        }

        @Override
        public Instant instant(String column) {
            OffsetDateTime at = read(() -> row.getObject(column, OffsetDateTime.class));
            return at == null ? null : at.toInstant();
        }

        @Override
        public double real(String column) {
            return read(() -> row.getDouble(column));
        }

        @Override
        public Integer integer(String column) {
            return read(() -> row.getObject(column, Integer.class));
        }

        @Override
        public long whole(String column) {
            return read(() -> row.getLong(column));
        }

        private static <T> T read(Column<T> column) {
            try {
                return column.get();
            } catch (SQLException e) {
                throw new IllegalStateException("Reading a claim's column failed", e);
            }
        }
    }

    @FunctionalInterface
    private interface Column<T> {
        T get() throws SQLException;
    }
}
