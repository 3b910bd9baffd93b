package com.backhelper.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the Alexa service API (Timers, Reminders) on 127.0.0.1: records every request it receives and
 * answers each with the status it is told to (201 and a small body by default), as the real service would. Point a
 * request envelope's {@code context.System.apiEndpoint} at {@link #endpoint()}.
 */
public final class AlexaApiStandIn implements AutoCloseable {

    /** One request as received. */
    public record Received(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 201;

    public AlexaApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            byte[] answer = (status < 300 ? "{\"id\":\"stand-in-1\",\"status\":\"ON\"}"
                    : "{\"code\":\"DEVICE_NOT_SUPPORTED\",\"message\":\"not on this device\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on, answer every request with this status (403: a device without timers, 500: a fault). */
    public void answerWith(int httpStatus) {
        this.status = httpStatus;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The permission scopes an envelope grants, as Alexa puts them in context.System.user.permissions. */
    public static Map<String, String> granted(String... scopes) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        for (String scope : scopes) {
            map.put(scope, "GRANTED");
        }
        return map;
    }
}
