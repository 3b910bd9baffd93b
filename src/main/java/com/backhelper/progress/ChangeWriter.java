package com.backhelper.progress;

import java.util.List;

/**
 * Writes a session's unconfirmed changes on top of whatever is stored, the one way progress is ever written.
 *
 * <p>The first write is made against the version this session last knew (no read). When another device wrote
 * meanwhile, the write conflicts; the latest item is read and the changes it does not already hold are applied on
 * top of it, then written against its version. So for any number of devices each change lands exactly once: a step
 * or pace takes the value of the latest change to it, rounds add up, and a write that DynamoDB applied but answered
 * too late is found already there on the retry and counts as done. All calls share the turn's {@link CallBudget}.
 */
public final class ChangeWriter {

    /** Writes (and re-reads) in one turn at most: a storm of conflicts is given up on, the changes kept. */
    public static final int MOST_WRITES = 3;

    private final ProgressStore store;

    public ChangeWriter(ProgressStore store) {
        this.store = store;
    }

    /**
     * @param known   the item as this session last knew it (its version is what the write expects), or null when
     *                it is not known (the read at the session's start failed): then it is read first, never replaced
     * @param changes this session's changes not yet confirmed, oldest first
     * @return the item now stored, holding every change
     * @throws RuntimeException the store failed, or conflicts went on for {@value #MOST_WRITES} writes; nothing
     *                          confirmed, the caller keeps the changes for a later turn
     */
    public StoredProgress write(String userId, StoredProgress known, List<Change> changes) {
        StoredProgress base = known;
        for (int writes = 1; ; writes++) {
            if (base == null) {
                base = latest(userId);
            }
            if (base.holdsAll(changes)) {
                return base; // a retried write that finds its own changes stored: done
            }
            StoredProgress next = base.with(changes);
            if (!base.progress().isStored() && !next.progress().worthKeeping()) {
                return base; // someone who only asked questions: nothing to keep
            }
            try {
                return store.write(userId, next);
            } catch (ProgressConflictException conflict) {
                if (writes == MOST_WRITES) {
                    throw conflict;
                }
                base = null; // another device (or our own late write) moved it on: read the latest
            }
        }
    }

    /** The stored item; an unusable one is started afresh over its version, so it can be overwritten. */
    public StoredProgress latest(String userId) {
        try {
            return store.read(userId).orElse(StoredProgress.NONE);
        } catch (UnusableProgressException unusable) {
            return new StoredProgress(Progress.NONE.withVersion(unusable.version()), AppliedChanges.NONE);
        }
    }
}
