package io.credence;

import io.credence.check.CheckWorthinessModel;
import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import io.credence.language.UncertaintyModel;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.LogManager;

/**
 * The service's entry point: sets the JVM to give memory back when idle ({@link IdleMemory}) and
 * starts reading the shipped models before Quarkus starts, so that the seconds they take overlap
 * the database migration and Hibernate's start (see {@code LoadedAhead}). The beans that need a
 * model take it when they are made, at start-up as before.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    public static void main(String... args) {
        IdleMemory.giveBackWhenIdle();
        // Logging is set up here, on this thread, before any loader runs. A model's classes log
        // through java.util.logging (protobuf, ONNX Runtime), and a loader that reached the log
        // manager while Quarkus set it up on this thread deadlocked the start: one thread held the
        // log manager's lock waiting for JBoss LogContext's class initialisation, the other held that
        // initialisation waiting for the lock (seen once in a thread dump of a start that never ended).
        LogManager.getLogManager();
        // Two threads: the embedding model and the largest classifier (19 MB) each take one; the
        // machine's other work at this point (Flyway, Hibernate) runs on the main thread.
        ExecutorService loaders = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "model-loader");
            thread.setDaemon(true);
            return thread;
        });
        SentenceEmbedder.loadAhead(loaders);
        SentenceClassifier.loadAhead(UncertaintyModel.RESOURCE, loaders);
        SentenceClassifier.loadAhead(CheckWorthinessModel.RESOURCE, loaders);
        loaders.shutdown();
        Quarkus.run(args);
    }
}
