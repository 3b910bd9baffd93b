package com.backhelper.progress;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A progress store that is still being built: each call waits for it (a bounded time), then goes to it. This lets a
 * cold container build its DynamoDB client alongside the skill instead of before it. If the store cannot be had in
 * time, or its building failed, the call fails as a store that is down would, and callers carry on without it.
 */
public final class DeferredProgressStore implements ProgressStore {

    private final CompletableFuture<? extends ProgressStore> building;
    private final Duration patience;

    public DeferredProgressStore(CompletableFuture<? extends ProgressStore> building, Duration patience) {
        this.building = building;
        this.patience = patience;
    }

    /** The store, once built; waits at most the patience given. */
    public ProgressStore ready() {
        try {
            return building.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the progress store was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the progress store could not start", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the progress store is not ready after " + patience.toMillis() + " ms", e);
        }
    }

    @Override
    public Optional<StoredProgress> read(String userId) {
        return ready().read(userId);
    }

    @Override
    public StoredProgress write(String userId, StoredProgress item) {
        return ready().write(userId, item);
    }

    @Override
    public void delete(String userId) {
        ready().delete(userId);
    }
}
