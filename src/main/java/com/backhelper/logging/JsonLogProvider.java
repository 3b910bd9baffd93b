package com.backhelper.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The function's one SLF4J binding: every log event is one JSON object on one line of standard error, the shape
 * Lambda's JSON log format reads from a Java function's own output (a "level" it filters on, an RFC 3339
 * "timestamp"), so CloudWatch Logs Insights sees each field. It replaces slf4j-simple, which always starts a line
 * with the level as text ("INFO {...}"), a line neither Lambda nor Logs Insights can read as JSON.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private LogLevels levels;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return name -> loggers.computeIfAbsent(name, n -> new JsonLogger(n, levels.threshold(n)));
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        levels = LogLevels.fromEnvironment();
    }
}
