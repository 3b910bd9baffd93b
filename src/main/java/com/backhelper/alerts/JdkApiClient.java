package com.backhelper.alerts;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The skill's client for the Alexa service APIs (Timers, Reminders), on the JDK's own HTTP: the SDK's only ready
 * client brings Apache HttpClient into the jar.
 *
 * <p>Each call has one overall {@link #DEADLINE}, whatever the server does: per-read timeouts alone let a server
 * that trickles its answer a byte at a time hold the turn for as long as it likes, so when the deadline passes the
 * connection is closed from a timer thread, which ends any read or write in progress.
 */
public final class JdkApiClient implements ApiClient {

    /** The whole call: connecting, sending, and reading the answer. The person is waiting. */
    static final Duration DEADLINE = Duration.ofMillis(800);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    static final Duration READ_TIMEOUT = Duration.ofMillis(600);

    /** One daemon thread for every call's deadline; it only ever closes connections. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "alexa-api-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration deadline;

    public JdkApiClient() {
        this(DEADLINE);
    }

    JdkApiClient(Duration deadline) {
        this.deadline = deadline;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) URI.create(request.getUrl()).toURL().openConnection(Proxy.NO_PROXY);
        } catch (IOException e) {
            throw new UncheckedIOException("the Alexa API could not be reached: " + e.getClass().getSimpleName(), e);
        }
        AtomicBoolean cutOff = new AtomicBoolean();
        ScheduledFuture<?> timer = DEADLINES.schedule(() -> {
            cutOff.set(true);
            connection.disconnect();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return exchange(connection, request);
        } catch (IOException | RuntimeException e) {
            if (cutOff.get()) {
                throw new UncheckedIOException(new IOException(
                        "the Alexa API did not answer within " + deadline.toMillis() + " ms", e));
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("the Alexa API did not answer: " + e.getClass().getSimpleName(), io);
            }
            throw (RuntimeException) e;
        } finally {
            timer.cancel(false);
        }
    }

    private static ApiClientResponse exchange(HttpURLConnection connection, ApiClientRequest request)
            throws IOException {
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
        connection.setRequestMethod(request.getMethod());
        if (request.getHeaders() != null) {
            request.getHeaders().forEach(h -> connection.addRequestProperty(h.getName(), h.getValue()));
        }
        if (request.getBody() != null) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request.getBody().getBytes(StandardCharsets.UTF_8));
            }
        }
        ApiClientResponse response = new ApiClientResponse();
        response.setStatusCode(connection.getResponseCode());
        List<Pair<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : connection.getHeaderFields().entrySet()) {
            if (header.getKey() != null) {
                header.getValue().forEach(v -> headers.add(new Pair<>(header.getKey(), v)));
            }
        }
        response.setHeaders(headers);
        InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream();
        response.setBody(body == null ? null : read(body));
        return response;
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? null : text;
        }
    }
}
