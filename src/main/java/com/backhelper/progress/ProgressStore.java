package com.backhelper.progress;

import java.util.Optional;

/**
 * Where each person's progress is kept, by Alexa user id. Every call may fail with a runtime exception when the
 * store is down or slow; callers treat progress as best-effort and never let that reach the person.
 */
public interface ProgressStore {

    /**
     * This person's progress, or empty if nothing is stored.
     *
     * @throws UnusableProgressException something is stored that cannot be trusted (the caller starts fresh and
     *                                   overwrites it, using the version carried by the exception)
     */
    Optional<Progress> load(String userId);

    /**
     * Writes the progress if the stored version is still {@code progress.version()} (nothing stored when 0).
     *
     * @return the progress as stored, with its new version
     * @throws ProgressConflictException another write came first
     */
    Progress save(String userId, Progress progress);

    /** Deletes everything kept about this person; nothing stored is not an error. */
    void delete(String userId);
}
