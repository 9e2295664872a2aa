package io.credence.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded default's file near the size of its data while the service writes.
 *
 * <p>H2 writes each commit as a new chunk holding copies of every page the commit changed (tens of
 * KiB for one registration). A chunk is freed only when none of its pages is live any more, and most
 * never get there: each keeps the few pages that did not change afterwards (the left half of every
 * split leaf). H2's background writer would copy those pages on and free the chunks, but the service
 * commits synchronously ({@code WRITE_DELAY=0}, so that nothing acknowledged is lost), which turns that
 * writer off, and the file grew to 16-27 times its data. So the service compacts it itself: every
 * {@code credence.h2.compact-every} it looks at the share of the chunks' bytes still live, and when
 * that has fallen below {@code credence.h2.compact-fill-rate} percent in a file larger than
 * {@code credence.h2.compact-min-size}, it runs the compaction H2 runs when it closes: live pages
 * copied into new chunks, chunks moved together, the file shortened, with the file synced before any
 * old chunk is overwritten. Writes wait while it runs (a fraction of a second for tens of MiB); it
 * stops after {@link #MAX_MILLIS}. PostgreSQL, or H2 in memory or over TCP: nothing to do.
 */
@ApplicationScoped
public class EmbeddedFileCompaction {

    private static final Logger LOG = Logger.getLogger(EmbeddedFileCompaction.class);
    /** The longest one compaction may hold up writes; what is left waits for the next pass. */
    static final int MAX_MILLIS = 2000;

    private final AgroalDataSource dataSource;
    private final int fillRate;
    private final long minimumSize;

    EmbeddedFileCompaction(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "credence.h2.compact-fill-rate") int fillRate,
            @ConfigProperty(name = "credence.h2.compact-min-size") MemorySize minimumSize) {
        this.dataSource = dataSource;
        this.fillRate = fillRate;
        this.minimumSize = minimumSize.asLongValue();
    }

    @Scheduled(
            every = "${credence.h2.compact-every}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void compactWhenSparse() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = connection.isWrapperFor(JdbcConnection.class)
                    ? storeOf(connection.unwrap(JdbcConnection.class))
                    : null;
            if (store != null) {
                compactIfSparse(store, fillRate, minimumSize);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Embedded database file not compacted this time: %s", e.toString());
        }
    }

    /** Compacts the store's file when less than fillRate percent of it is live and it is larger than minimumSize. */
    static boolean compactIfSparse(MVStore store, int fillRate, long minimumSize) {
        FileStore<?> file = store.getFileStore();
        int live = file.getChunksFillRate();
        long size = file.size();
        if (live >= fillRate || size <= minimumSize) {
            return false;
        }
        long began = System.nanoTime();
        // compactFile drops the retention time to 0 (old chunks are overwritten once the file is synced),
        // as at close; the running store keeps H2's own retention for everything else.
        int retention = store.getRetentionTime();
        try {
            store.compactFile(MAX_MILLIS);
        } finally {
            store.setRetentionTime(retention);
        }
        LOG.debugf(
                "Embedded database file compacted in %d ms: %d KiB with %d%% live -> %d KiB with %d%% live",
                (System.nanoTime() - began) / 1_000_000,
                size / 1024,
                live,
                file.size() / 1024,
                file.getChunksFillRate());
        return true;
    }

    /** The file store behind an embedded (in-process) H2 connection; null for one over TCP or in memory. */
    static MVStore storeOf(JdbcConnection connection) {
        if (!(connection.getSession() instanceof SessionLocal session)
                || session.getDatabase().getStore() == null) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }
}
