package com.backhelper.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy on 127.0.0.1 in front of a real DynamoDB (Local), which passes each call through or fails it
 * the way DynamoDB and networks fail: throttling, a 500, a connection reset, an answer that trickles in a byte at a
 * time, and a late answer (the call reaches DynamoDB and is applied, but the answer comes after the client gave up).
 * Faults are planned per operation ("GetItem", "UpdateItem", "DeleteItem"), for the next calls or for all of them.
 */
public final class FaultProxy implements AutoCloseable {

    public enum Fault { PASS, THROTTLE, SERVER_ERROR, RESET, TRICKLE, LATE }

    /** How long a late answer is held back, and the gap between the bytes of a trickle: past every timeout. */
    static final Duration LATE_BY = Duration.ofMillis(1500);
    static final Duration TRICKLE_GAP = Duration.ofMillis(150);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile URI upstream;
    private volatile Fault always = Fault.PASS;
    private final Map<String, Deque<Fault>> planned = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

    public FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Points the proxy at another engine (DynamoDB restarted elsewhere). */
    public void upstream(URI engine) {
        upstream = engine;
    }

    /** Every call from now on, until {@code always(PASS)}. */
    public void always(Fault fault) {
        always = fault;
    }

    /** The next {@code times} calls of this operation ("UpdateItem"), before anything else planned. */
    public void next(String operation, Fault fault, int times) {
        Deque<Fault> queue = planned.computeIfAbsent(operation, o -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.addLast(fault);
            }
        }
    }

    /** Calls of this operation that reached DynamoDB (passed, late or trickled). */
    public int reachedDynamoDb(String operation) {
        AtomicInteger count = applied.get(operation);
        return count == null ? 0 : count.get();
    }

    public void passEverything() {
        always = Fault.PASS;
        planned.clear();
    }

    private Fault faultFor(String operation) {
        Deque<Fault> queue = planned.get(operation);
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    return queue.removeFirst();
                }
            }
        }
        return always;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        Fault fault = faultFor(operation);
        try {
            switch (fault) {
                case THROTTLE -> error(exchange, 400, "com.amazonaws.dynamodb.v20120810#ThrottlingException",
                        "Rate of requests exceeds the allowed throughput.");
                case SERVER_ERROR -> error(exchange, 500, "com.amazonaws.dynamodb.v20120810#InternalServerError",
                        "Internal server error");
                case RESET -> exchange.close(); // no status line at all: the client sees the connection end
                default -> forward(exchange, operation, body, fault);
            }
        } catch (IOException | InterruptedException clientGone) {
            exchange.close();
        }
    }

    private void forward(HttpExchange exchange, String operation, byte[] body, Fault fault)
            throws IOException, InterruptedException {
        HttpURLConnection call = (HttpURLConnection) upstream.toURL().openConnection(Proxy.NO_PROXY);
        call.setRequestMethod("POST");
        call.setDoOutput(true);
        for (String header : List.of("Content-Type", "X-Amz-Target", "Authorization", "X-Amz-Date")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                call.setRequestProperty(header, value);
            }
        }
        try (OutputStream out = call.getOutputStream()) {
            out.write(body);
        }
        int status = call.getResponseCode();
        byte[] answer;
        try (InputStream in = status < 400 ? call.getInputStream() : call.getErrorStream()) {
            answer = in == null ? new byte[0] : in.readAllBytes();
        }
        applied.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
        for (String header : List.of("Content-Type", "x-amzn-RequestId", "x-amz-crc32")) {
            String value = call.getHeaderField(header);
            if (value != null) {
                exchange.getResponseHeaders().add(header, value);
            }
        }
        if (fault == Fault.LATE) {
            Thread.sleep(LATE_BY.toMillis());
        }
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        if (answer.length == 0) {
            exchange.close();
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (fault == Fault.TRICKLE) {
                for (byte b : answer) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(TRICKLE_GAP.toMillis());
                }
            } else {
                out.write(answer);
            }
        }
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        byte[] body = ("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
