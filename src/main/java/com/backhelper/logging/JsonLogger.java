package com.backhelper.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import java.io.PrintStream;
import java.time.Instant;

/** A logger that writes each event at or above its threshold as one {@link JsonLine} on standard error. */
final class JsonLogger extends LegacyAbstractLogger {

    private final Level threshold;

    JsonLogger(String name, Level threshold) {
        this.name = name;
        this.threshold = threshold;
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        if (!enabled(level)) {
            return;
        }
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        String line = JsonLine.of(Instant.now(), level, name, message, throwable);
        // Looked up on each call, not kept: tests and the local run swap standard error to read the log.
        PrintStream err = System.err;
        err.println(line);
    }
}
