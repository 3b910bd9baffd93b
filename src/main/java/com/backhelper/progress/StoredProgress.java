package com.backhelper.progress;

import java.util.List;
import java.util.Objects;

/**
 * One person's item as the store holds it: their progress (with its version) and the changes it already includes.
 */
public record StoredProgress(Progress progress, AppliedChanges applied) {

    public static final StoredProgress NONE = new StoredProgress(Progress.NONE, AppliedChanges.NONE);

    public StoredProgress {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(applied, "applied");
    }

    /** The changes not yet in this item, applied on top of it, each marked as applied; the version stays. */
    public StoredProgress with(List<Change> changes) {
        Progress next = progress;
        AppliedChanges marks = applied;
        for (Change change : changes) {
            if (!marks.has(change)) {
                next = change.applyTo(next);
                marks = marks.with(change);
            }
        }
        return new StoredProgress(next, marks);
    }

    /** True when every one of these changes is already in this item. */
    public boolean holdsAll(List<Change> changes) {
        return changes.stream().allMatch(applied::has);
    }

    public StoredProgress withVersion(long version) {
        return new StoredProgress(progress.withVersion(version), applied);
    }
}
