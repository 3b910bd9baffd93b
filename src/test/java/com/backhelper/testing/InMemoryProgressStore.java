package com.backhelper.testing;

import com.backhelper.progress.StoredProgress;
import com.backhelper.progress.ProgressConflictException;
import com.backhelper.progress.ProgressStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress store in memory, with the same versioning rules as the DynamoDB one (it passes the same contract test).
 * For the benchmark, to measure a turn with DynamoDB taken out; it counts the calls it serves.
 */
public final class InMemoryProgressStore implements ProgressStore {

    private final Map<String, StoredProgress> items = new ConcurrentHashMap<>();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    @Override
    public Optional<StoredProgress> read(String userId) {
        reads.incrementAndGet();
        return Optional.ofNullable(items.get(userId));
    }

    @Override
    public StoredProgress write(String userId, StoredProgress item) {
        writes.incrementAndGet();
        StoredProgress[] saved = new StoredProgress[1];
        items.compute(userId, (id, stored) -> {
            long storedVersion = stored == null ? 0 : stored.progress().version();
            if (storedVersion != item.progress().version()) {
                throw new ProgressConflictException(
                        "stored version " + storedVersion + ", not " + item.progress().version(), null);
            }
            saved[0] = item.withVersion(storedVersion + 1);
            return saved[0];
        });
        return saved[0];
    }

    @Override
    public void delete(String userId) {
        writes.incrementAndGet();
        items.remove(userId);
    }

    public long reads() {
        return reads.get();
    }

    public long writes() {
        return writes.get();
    }
}
