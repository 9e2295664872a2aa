package io.credence.matching;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's {@link ClaimIndex} current with the claim_vector table. The index lives
 * under {@code credence.matching.index-dir} (in memory when that is empty), is rebuilt from the
 * database when it is missing or does not fit the database, and catches up by sequence number:
 * after each local commit and every {@code credence.matching.catch-up-every} for what other
 * instances wrote.
 *
 * <p>Sequence numbers are handed out when a row is inserted but become visible when its transaction
 * commits, so a lower number can appear after a higher one. Each catch-up therefore reads again the
 * last {@link #WINDOW} numbers and takes up those it has not seen: a vector whose transaction commits
 * after {@link #WINDOW} later vectors have committed is missed until the index is rebuilt (a claim
 * registration's transaction lasts milliseconds).
 */
@Startup
@ApplicationScoped
public class ClaimIndexKeeper {

    private static final Logger LOG = Logger.getLogger(ClaimIndexKeeper.class);
    static final int WINDOW = 1000;
    private static final int BATCH = 500;
    private static final long COMMIT_EVERY_NANOS = 10_000_000_000L;
    /**
     * Once this many vectors have been taken up since the last merge, and they are at least a tenth of
     * the index ({@link #MERGE_SHARE}), the index is merged into one segment.
     */
    static final int MERGE_AFTER = 10_000;

    static final int MERGE_SHARE = 10;

    private final ClaimVectors vectors;
    private final Optional<String> directory;
    private ClaimIndex index;
    private long highest;
    private final NavigableSet<Long> seen = new TreeSet<>();
    private long committed;
    /** The sequence the committed index held when opened: rows up to it that are taken up again are not new. */
    private long openedAt;
    /** The claim of the database's first vector row, recorded with each commit (see ClaimIndex.commit). */
    private UUID origin;

    private long lastCommit = System.nanoTime();
    /** Held by the one thread taking vectors up; guards highest, seen and committed. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Claims whose vectors this instance committed and the index has not taken up yet. */
    private final Queue<UUID> committedHere = new ConcurrentLinkedQueue<>();
    /** Vectors put into the index since it was last merged into one segment (guarded by the lock). */
    private long takenSinceMerge;

    ClaimIndexKeeper(
            ClaimVectors vectors, @ConfigProperty(name = "credence.matching.index-dir") Optional<String> directory) {
        this.vectors = vectors;
        this.directory = directory;
    }

    @PostConstruct
    void open() {
        index = openIndex();
        highest = index.committedSequence();
        committed = highest;
        openedAt = highest;
        origin = vectors.firstClaim();
        boolean otherDatabase =
                index.committedOrigin() != null && !index.committedOrigin().equals(origin);
        boolean oldLayout = !index.hasCurrentLayout();
        if (oldLayout || otherDatabase || highest > vectors.highestSequence() || index.size() > vectors.count()) {
            LOG.infof(
                    "The claim index does not fit (index at sequence %d with %d claims, %s): rebuilding it from the database",
                    highest,
                    index.size(),
                    oldLayout ? "an older layout" : otherDatabase ? "from another database" : "ahead of the database");
            index.clear();
            highest = 0;
            committed = -1;
            openedAt = -1;
        }
    }

    private ClaimIndex openIndex() {
        if (directory.isEmpty() || directory.get().isBlank()) {
            return ClaimIndex.inMemory();
        }
        Path path = Path.of(directory.get());
        try {
            Files.createDirectories(path);
            return ClaimIndex.onDisk(path);
        } catch (IOException | UncheckedIOException e) {
            // Another process holds the directory (a second instance started on the same data
            // directory): serve from memory, rebuilt from the database, rather than not start.
            boolean locked =
                    e instanceof LockObtainFailedException || e.getCause() instanceof LockObtainFailedException;
            LOG.warnf(
                    "Claim index directory %s unusable (%s): keeping the index in memory",
                    path, locked ? "locked by another process" : e.getMessage());
            return ClaimIndex.inMemory();
        }
    }

    /** The index, with every vector taken up so far visible (the latest read exactly until the index refreshes). */
    public ClaimIndex index() {
        return index;
    }

    /**
     * After a local commit: take the claim's vector up at once, so the writer's next search finds its
     * claim. Read by the claim's id: reading the last {@link #WINDOW} sequence numbers again, as a
     * catch-up does for what other instances stored, cost more than the rest of a registration's
     * index work. When another thread holds the index (a catch-up, a rebuild), that one takes it up
     * before letting go.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimVectorStored stored) {
        committedHere.add(stored.claimId());
        takeUpCommittedHereIfFree();
    }

    /** Takes up the vectors committed here that wait, unless another thread holds the lock. */
    private void takeUpCommittedHereIfFree() {
        // Every holder looks again after letting go, so a claim queued while it held the lock is not left waiting.
        while (!committedHere.isEmpty() && lock.tryLock()) {
            try {
                takeUpCommittedHere();
            } finally {
                lock.unlock();
            }
        }
    }

    private int takeUpCommittedHere() {
        List<UUID> claims = new ArrayList<>();
        for (UUID claim; (claim = committedHere.poll()) != null; ) {
            claims.add(claim);
        }
        int taken = 0;
        for (ClaimVectors.Row row : vectors.rowsOfClaims(claims)) {
            taken += take(row);
        }
        return taken;
    }

    /** Puts a row into the index unless it was taken up already; returns how many it put (0 or 1). */
    private int take(ClaimVectors.Row row) {
        if (!seen.add(row.sequence())) {
            return 0;
        }
        index.put(new ClaimIndex.Entry(
                row.claimId(), row.sequence(), row.text(), row.vector(), row.headline(), row.headlineVector()));
        highest = Math.max(highest, row.sequence());
        seen.headSet(highest - WINDOW, true).clear();
        takenSinceMerge++;
        return 1;
    }

    // Not once the service is stopping: the database may be closed under it (it logged errors at each stop).
    @Scheduled(
            every = "${credence.matching.catch-up-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        catchUp();
        if (mergeDue()) {
            // After a rebuild or a large backfill the index is many segments, and every search runs once per
            // segment: at a million claims ranking p95 fell from 92 ms over 20 segments to 18 ms over one, and
            // at 10,000 from 4.6 to 2.2 ms a text over three (docs/MATCHING.md, PERFORMANCE.md). Counted
            // across catch-ups, since a backfill arrives a batch at a time. Searches and writes go on meanwhile.
            long started = System.nanoTime();
            index.merge(1);
            LOG.infof("Claim index merged into one segment in %.0f s", (System.nanoTime() - started) / 1e9);
            commit();
        }
        lock.lock();
        try {
            if (highest != committed && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                commit();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes up the vectors committed since the last catch-up, here or by another instance; returns how many. */
    public int catchUp() {
        int taken;
        lock.lock();
        try {
            taken = takeUpCommittedHere() + takeUp();
        } finally {
            lock.unlock();
        }
        takeUpCommittedHereIfFree();
        return taken;
    }

    private int takeUp() {
        int taken = 0;
        // After a restart nothing is "seen" yet, so the window's rows the committed index already holds are
        // read again: counted apart, so that the log says what is new.
        int again = 0;
        long from = Math.max(0, highest - WINDOW);
        while (true) {
            List<Long> sequences = vectors.sequencesAfter(from, BATCH);
            List<Long> unseen = new ArrayList<>();
            for (Long sequence : sequences) {
                if (!seen.contains(sequence)) {
                    unseen.add(sequence);
                }
            }
            for (ClaimVectors.Row row : vectors.rows(unseen)) {
                int took = take(row);
                if (row.sequence() <= openedAt) {
                    again += took;
                } else {
                    taken += took;
                }
            }
            if (sequences.size() < BATCH) {
                break;
            }
            from = sequences.get(sequences.size() - 1);
        }
        if (taken > BATCH) {
            LOG.infof("Claim index took up %d new vectors (now at sequence %d)", taken, highest);
        }
        if (again > 0) {
            LOG.debugf("Claim index read %d vectors it held already again", again);
        }
        return taken;
    }

    /** Whether enough has been taken up since the last merge to merge again; if so, counting starts over. */
    private boolean mergeDue() {
        lock.lock();
        try {
            boolean due = takenSinceMerge >= MERGE_AFTER && takenSinceMerge * MERGE_SHARE >= index.size();
            if (due) {
                takenSinceMerge = 0;
            }
            return due;
        } finally {
            lock.unlock();
        }
    }

    private void commit() {
        lock.lock();
        try {
            if (origin == null) {
                origin = vectors.firstClaim();
            }
            index.commit(highest, origin);
            committed = highest;
            lastCommit = System.nanoTime();
        } finally {
            lock.unlock();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        commit();
        index.close();
    }
}
