package com.backhelper.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB endpoints that fail the way the real one can, all on 127.0.0.1: nothing listening (down), a socket that
 * accepts and never answers (slow), and a server that answers every call with throttling.
 */
public final class BrokenDynamoDb implements AutoCloseable {

    private final URI endpoint;
    private final AutoCloseable resource;

    private BrokenDynamoDb(URI endpoint, AutoCloseable resource) {
        this.endpoint = endpoint;
        this.resource = resource;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A port nobody listens on: every connection is refused at once. */
    public static BrokenDynamoDb down() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return new BrokenDynamoDb(URI.create("http://127.0.0.1:" + port), () -> { });
    }

    /** Accepts every connection and never says a word. */
    public static BrokenDynamoDb silent() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> held = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    synchronized (held) {
                        held.add(socket);
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-dynamodb");
        acceptor.setDaemon(true);
        acceptor.start();
        return new BrokenDynamoDb(URI.create("http://127.0.0.1:" + server.getLocalPort()), () -> {
            server.close();
            synchronized (held) {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        });
    }

    /** Answers every call as DynamoDB does when a table is over its capacity. */
    public static BrokenDynamoDb throttling() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new BrokenDynamoDb(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), () -> server.stop(0));
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
