package com.backhelper.progress;

import com.backhelper.testing.InMemoryProgressStore;

/** The benchmark's in-memory store keeps the same rules as the real one. */
class InMemoryProgressStoreTest extends ProgressStoreContract {

    private final InMemoryProgressStore store = new InMemoryProgressStore();

    @Override
    ProgressStore store() {
        return store;
    }
}
