package com.backhelper.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for DynamoDB on 127.0.0.1, for priming only: it answers every call with what DynamoDB answers for a
 * person with nothing stored (GetItem: no item; UpdateItem: the item at version 1; anything else: empty), so the
 * real client can be run end to end before the snapshot without calling DynamoDB.
 */
final class PrimingStandIn implements AutoCloseable {

    private static final String UPDATED = "{\"Attributes\":{\"userId\":{\"S\":\"amzn1.ask.account.PRIMING\"},"
            + "\"step\":{\"S\":\"BREATHE\"},\"inhaleMillis\":{\"N\":\"4000\"},\"exhaleMillis\":{\"N\":\"6000\"},"
            + "\"safetyGiven\":{\"BOOL\":true},\"rounds\":{\"N\":\"1\"},\"version\":{\"N\":\"1\"}}}";

    private final ServerSocket server;
    private final Thread worker;
    private final AtomicInteger answered = new AtomicInteger();

    PrimingStandIn() throws IOException {
        server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        worker = new Thread(this::serve, "priming-stand-in");
        worker.setDaemon(true);
        worker.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** How many DynamoDB calls it has answered: priming's proof that the real client ran end to end. */
    int answered() {
        return answered.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(2_000);
                answer(socket.getInputStream(), socket.getOutputStream());
                answered.incrementAndGet();
            } catch (IOException closedOrBroken) {
                // closed at the end of priming, or a call that gave up: either way, on to the next
            }
        }
    }

    /** One request per connection: read it whole, answer by its X-Amz-Target operation, close. */
    private static void answer(InputStream in, OutputStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String operation = "";
        int length = 0;
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-target:")) {
                operation = line.substring(line.indexOf('.') + 1).trim();
            } else if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        reader.skip(length);
        byte[] body = (operation.equals("UpdateItem") ? UPDATED : "{}").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
