package com.backhelper.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * A stand-in for DynamoDB on 127.0.0.1, for priming only: it answers every call as DynamoDB would for one person
 * (GetItem: nothing stored, then their item, in turn; UpdateItem: the item written; anything else: empty), so the
 * real client can be run end to end before the snapshot without calling DynamoDB.
 */
final class PrimingStandIn implements AutoCloseable {

    /** A stored item as DynamoDB returns it: the one person priming plays, one breathing round in. */
    private static final String ITEM = "{\"userId\":{\"S\":\"amzn1.ask.account.PRIMING\"},"
            + "\"step\":{\"S\":\"BREATHE\"},\"inhaleMillis\":{\"N\":\"4000\"},\"exhaleMillis\":{\"N\":\"6000\"},"
            + "\"safetyGiven\":{\"BOOL\":true},\"rounds\":{\"N\":\"1\"},\"version\":{\"N\":\"1\"}}";

    private final ServerSocket server;
    private final Thread worker;
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

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
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                // Kept alive, as DynamoDB keeps it: the client's connection reuse is primed too.
                while (answer(in, socket.getOutputStream())) {
                    answered.incrementAndGet();
                }
            } catch (IOException closedOrBroken) {
                // closed at the end of priming, or a call that gave up: either way, on to the next
            }
        }
    }

    /**
     * Reads one request whole and answers it by its X-Amz-Target operation, with the CRC32 header DynamoDB sends
     * (so the client's response check runs too).
     *
     * @return false when the client has closed the connection
     */
    private boolean answer(BufferedReader in, OutputStream out) throws IOException {
        String requestLine = in.readLine();
        if (requestLine == null) {
            return false;
        }
        String operation = "";
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-target:")) {
                operation = line.substring(line.indexOf('.') + 1).trim();
            } else if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        for (long skipped = 0; skipped < length; ) {
            long step = in.skip(length - skipped);
            if (step <= 0) {
                return false;
            }
            skipped += step;
        }
        byte[] body = body(operation).getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: " + body.length
                + "\r\nx-amz-crc32: " + crc.getValue() + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return true;
    }

    /** UpdateItem: the item as written; GetItem: nothing stored and stored in turn (both paths get primed). */
    private String body(String operation) {
        return switch (operation) {
            case "UpdateItem" -> "{\"Attributes\":" + ITEM + "}";
            case "GetItem" -> reads.getAndIncrement() % 2 == 0 ? "{}" : "{\"Item\":" + ITEM + "}";
            default -> "{}";
        };
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
