package com.backhelper.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The container-credentials endpoint a SnapStart function is given ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}),
 * on 127.0.0.1: it hands out one set of temporary credentials to a caller presenting the authorization token, and
 * counts who asked.
 */
public final class ContainerCredentialsStandIn implements AutoCloseable {

    public static final String ACCESS_KEY = "ASIACONTAINERSTANDIN";
    public static final String TOKEN = "container-authorization-token";

    private final HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public ContainerCredentialsStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/credentials", exchange -> {
            byte[] body;
            int status;
            if (TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                served.incrementAndGet();
                status = 200;
                body = ("{\"AccessKeyId\":\"" + ACCESS_KEY + "\",\"SecretAccessKey\":\"container-secret\","
                        + "\"Token\":\"container-session-token\",\"Expiration\":\""
                        + Instant.now().plus(Duration.ofHours(6)) + "\"}").getBytes(StandardCharsets.UTF_8);
            } else {
                refused.incrementAndGet();
                status = 403;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The environment a SnapStart function sees for its credentials (and no access-key variables). */
    public Map<String, String> environment() {
        return Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", uri().toString(),
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", TOKEN);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/credentials");
    }

    /** Credentials handed out. */
    public int served() {
        return served.get();
    }

    /** Requests without the right token. */
    public int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
