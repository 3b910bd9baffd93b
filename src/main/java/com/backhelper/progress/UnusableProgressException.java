package com.backhelper.progress;

/** An item is stored for this person, but its values cannot be trusted (edited by hand, or from a future version). */
public final class UnusableProgressException extends RuntimeException {

    private final long version;

    public UnusableProgressException(long version, Throwable cause) {
        super("stored progress is unusable (version " + version + ")", cause);
        this.version = version;
    }

    /** The stored version, so that a fresh start can overwrite the item. */
    public long version() {
        return version;
    }
}
