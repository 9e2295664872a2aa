package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keeper against a database stand-in whose rows become visible when "committed", in any order,
 * as several instances' transactions commit.
 */
class ClaimIndexKeeperTest {

    /** The claim_vector table as seen by this instance: only committed rows. */
    static final class Table extends ClaimVectors {
        final List<Row> committed = new ArrayList<>();

        Table() {
            super(null);
        }

        void commit(long sequence, UUID claim, String text, int axis) {
            float[] v = new float[384];
            v[axis] = 1;
            committed.add(new Row(sequence, claim, text, v, null, null));
            committed.sort(Comparator.comparingLong(Row::sequence));
        }

        @Override
        public List<Long> sequencesAfter(long after, int limit) {
            return committed.stream()
                    .map(Row::sequence)
                    .filter(s -> s > after)
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<Row> rows(List<Long> sequences) {
            return committed.stream()
                    .filter(r -> sequences.contains(r.sequence()))
                    .toList();
        }

        @Override
        public List<Row> rowsOfClaims(Collection<UUID> claimIds) {
            return committed.stream()
                    .filter(r -> claimIds.contains(r.claimId()))
                    .toList();
        }

        @Override
        public long highestSequence() {
            return committed.stream().mapToLong(Row::sequence).max().orElse(0);
        }

        @Override
        public UUID firstClaim() {
            return committed.isEmpty() ? null : committed.get(0).claimId();
        }

        @Override
        public long count() {
            return committed.size();
        }
    }

    @Test
    void aLowerSequenceThatCommitsLateIsStillTakenUp() {
        Table table = new Table();
        ClaimIndexKeeper keeper = open(table, Optional.empty());
        UUID first = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        table.commit(7, first, "first", 0);
        assertEquals(1, keeper.catchUp());
        // Sequence 5 was handed out before 7, but its transaction commits only now.
        table.commit(5, late, "late", 1);
        assertEquals(1, keeper.catchUp());
        assertEquals(0, keeper.catchUp(), "nothing is taken up twice");
        assertEquals(2, keeper.index().size());
    }

    @Test
    void anIndexFromAnotherDatabaseIsRebuilt(@TempDir Path directory) {
        Table one = new Table();
        one.commit(1, UUID.randomUUID(), "one", 0);
        one.commit(2, UUID.randomUUID(), "two", 1);
        ClaimIndexKeeper keeper = open(one, Optional.of(directory.toString()));
        keeper.catchUp();
        keeper.onStop(null);

        Table other = new Table();
        UUID only = UUID.randomUUID();
        other.commit(1, only, "other", 2);
        other.commit(2, UUID.randomUUID(), "again", 3);
        other.commit(3, UUID.randomUUID(), "more", 4);
        ClaimIndexKeeper reopened = open(other, Optional.of(directory.toString()));
        assertEquals(0, reopened.index().size(), "the other database's claims are dropped");
        reopened.catchUp();
        assertEquals(3, reopened.index().size());
        assertTrue(reopened.index().candidates("other", List.of(), 3).stream()
                .anyMatch(h -> h.claimId().equals(only)));
        reopened.onStop(null);
    }

    @Test
    void aCommittedIndexResumesWhereItStopped(@TempDir Path directory) {
        Table table = new Table();
        table.commit(1, UUID.randomUUID(), "one", 0);
        ClaimIndexKeeper keeper = open(table, Optional.of(directory.toString()));
        keeper.catchUp();
        keeper.onStop(null);
        table.commit(2, UUID.randomUUID(), "two", 1);
        ClaimIndexKeeper reopened = open(table, Optional.of(directory.toString()));
        assertEquals(1, reopened.index().size(), "kept from the last run");
        reopened.catchUp();
        assertEquals(2, reopened.index().size());
        reopened.onStop(null);
    }

    @Test
    void eachRegistrationIsFoundByTheNextSearch() {
        Table table = new Table();
        ClaimIndexKeeper keeper = open(table, Optional.empty());
        table.commit(1, UUID.randomUUID(), "an indexed claim", 0);
        keeper.catchUp();
        // The index refreshes on its own thread, once a second at most: until then a search reads them exactly.
        for (int i = 1; i <= 10; i++) {
            UUID claim = UUID.randomUUID();
            table.commit(1 + i, claim, "registered claim " + i, i);
            keeper.afterCommit(new ClaimVectorStored(claim));
            float[] query = new float[384];
            query[i] = 1;
            List<ClaimIndex.Found> found = keeper.index().candidates("", List.of(query), 1);
            assertEquals(claim, found.get(0).claimId(), "the claim just registered is found by the next search");
        }
        assertEquals(11, keeper.index().size());
    }

    @Test
    void aBackfillTakenUpABatchAtATimeIsMergedIntoOneSegment() {
        Table table = new Table();
        ClaimIndexKeeper keeper = open(table, Optional.empty());
        int perPoll = 2_500;
        long sequence = 0;
        for (int poll = 0; poll * perPoll < ClaimIndexKeeper.MERGE_AFTER; poll++) {
            for (int i = 0; i < perPoll; i++) {
                sequence++;
                table.commit(sequence, UUID.randomUUID(), "backfilled claim " + sequence, (int) (sequence % 384));
            }
            keeper.poll();
            // Searches between the batches make each batch visible, and so a segment of its own.
            int segments = keeper.index().segments();
            if (poll > 0 && (poll + 1) * perPoll < ClaimIndexKeeper.MERGE_AFTER) {
                assertTrue(segments > 1, "each batch adds a segment of its own");
            }
        }
        assertEquals(ClaimIndexKeeper.MERGE_AFTER, keeper.index().size());
        assertEquals(1, keeper.index().segments(), "the backfill as a whole was enough for a merge");

        // A trickle afterwards does not merge a large index again and again.
        table.commit(sequence + 1, UUID.randomUUID(), "one more", 1);
        keeper.poll();
        assertEquals(2, keeper.index().segments());
    }

    private static ClaimIndexKeeper open(Table table, Optional<String> directory) {
        ClaimIndexKeeper keeper = new ClaimIndexKeeper(table, directory);
        keeper.open();
        return keeper;
    }
}
