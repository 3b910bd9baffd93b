package com.backhelper.progress;

/** Another device saved this person's progress after this turn read it. */
public final class ProgressConflictException extends RuntimeException {

    public ProgressConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
