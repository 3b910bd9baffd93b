package com.backhelper.logging;

import org.slf4j.event.Level;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Which events each logger writes. On Lambda the level is the template's ApplicationLogLevel, which Lambda passes
 * as AWS_LAMBDA_LOG_LEVEL (and Lambda drops lines below it anyway): changing it needs no rebuild. The SDKs are chatty
 * below WARN, so their loggers start at WARN.
 *
 * <p>The build's own runs (tests, the terminal run, the debugger) set levels with the system properties slf4j-simple
 * used, {@code org.slf4j.simpleLogger.defaultLogLevel} and {@code org.slf4j.simpleLogger.log.<logger>}; this binding
 * replaced it and reads the same names, so those runs behave as before. A property beats the environment.
 */
final class LogLevels {

    static final String DEFAULT_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String LOGGER_PROPERTY_PREFIX = "org.slf4j.simpleLogger.log.";
    private static final Map<String, Level> QUIET_LIBRARIES =
            Map.of("software.amazon.awssdk", Level.WARN, "com.amazon.ask", Level.WARN);

    private final Map<String, String> environment;
    private final Properties properties;

    LogLevels(Map<String, String> environment, Properties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    static LogLevels fromEnvironment() {
        return new LogLevels(System.getenv(), System.getProperties());
    }

    /** The lowest level this logger writes: its own setting, or its nearest parent's, or the default. */
    Level threshold(String logger) {
        Level fallback = parse(properties.getProperty(DEFAULT_PROPERTY));
        if (fallback == null) {
            fallback = parse(environment.get("AWS_LAMBDA_LOG_LEVEL"));
        }
        if (fallback == null) {
            fallback = Level.INFO;
        }
        for (String name = logger; !name.isEmpty(); name = parent(name)) {
            Level set = parse(properties.getProperty(LOGGER_PROPERTY_PREFIX + name));
            if (set != null) {
                return set;
            }
            Level quiet = QUIET_LIBRARIES.get(name);
            if (quiet != null) {
                return quiet.toInt() > fallback.toInt() ? quiet : fallback;
            }
        }
        return fallback;
    }

    private static String parent(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** SLF4J's level names, and Lambda's (which add FATAL, written here as ERROR). */
    private static Level parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.equals("FATAL")) {
            return Level.ERROR;
        }
        if (name.equals("WARNING")) {
            return Level.WARN;
        }
        try {
            return Level.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
