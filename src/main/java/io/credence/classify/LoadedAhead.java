package io.credence.classify;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Models loaded ahead of need. Reading the shipped models takes seconds (the embedding model's
 * native runtime, two classifiers of 9 and 19 MB); {@link io.credence.Main} starts reading them on
 * threads of their own as the process starts, so that it overlaps the database migration and
 * Hibernate's start instead of following them. Whoever needs a model takes it: the taker waits only
 * for what is still loading, and loads it itself when nothing started it (tests and dev mode do not
 * run the main method). Each value loaded ahead is handed out once.
 */
public final class LoadedAhead {

    private static final Map<String, CompletableFuture<Object>> LOADING = new ConcurrentHashMap<>();

    private LoadedAhead() {}

    /** Starts loading {@code name} on {@code executor}, unless it is loading already. */
    public static void start(String name, Supplier<?> load, Executor executor) {
        LOADING.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(load::get, executor));
    }

    /**
     * What was loaded ahead under {@code name}, waiting for it while it loads, or {@code load}'s
     * value when nothing was. A failure while loading ahead is thrown here, as loading now would.
     */
    @SuppressWarnings("unchecked")
    public static <T> T take(String name, Supplier<T> load) {
        CompletableFuture<Object> ahead = LOADING.remove(name);
        if (ahead == null) {
            return load.get();
        }
        try {
            return (T) ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
