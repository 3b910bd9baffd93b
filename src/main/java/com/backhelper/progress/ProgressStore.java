package com.backhelper.progress;

import java.util.Optional;

/**
 * Where each person's progress is kept, by Alexa user id. Every call may fail with a runtime exception when the
 * store is down or slow, or when the turn's time for the store is spent ({@link CallBudget}); callers treat
 * progress as best-effort and never let that reach the person.
 */
public interface ProgressStore {

    /**
     * This person's item, or empty if nothing is stored.
     *
     * @throws UnusableProgressException something is stored that cannot be trusted (the caller starts fresh and
     *                                   overwrites it, using the version carried by the exception)
     */
    Optional<StoredProgress> read(String userId);

    /**
     * Writes the item if the stored version is still {@code item.progress().version()} (nothing stored when 0).
     *
     * @return the item as stored, with its new version
     * @throws ProgressConflictException another write came first
     */
    StoredProgress write(String userId, StoredProgress item);

    /** Deletes everything kept about this person; nothing stored is not an error. */
    void delete(String userId);

    /** The progress alone, for tools and tests that look at what is stored. */
    default Optional<Progress> load(String userId) {
        return read(userId).map(StoredProgress::progress);
    }

    /** Writes the progress alone (no record of applied changes), for tools and tests that set up what is stored. */
    default Progress save(String userId, Progress progress) {
        return write(userId, new StoredProgress(progress, AppliedChanges.NONE)).progress();
    }
}
