package com.backhelper.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Alexa's local-debugging dispatch service on 127.0.0.1 (the real one is not reachable from tests): a
 * WebSocket server for one connection, small enough to read. It records the upgrade request (path and headers),
 * sends text messages, and reads the client's answers (masked frames, possibly fragmented) as RFC 6455 has them.
 */
public final class WebSocketStandIn implements AutoCloseable {

    private static final String HANDSHAKE_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int TEXT = 0x1;
    private static final int CONTINUATION = 0x0;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;

    private final ServerSocket server;
    private final CompletableFuture<Socket> connected = new CompletableFuture<>();
    private final Map<String, String> upgradeHeaders = new HashMap<>();
    private volatile String upgradePath;

    public WebSocketStandIn() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptOne, "websocket-stand-in");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The address to give the client: ws://127.0.0.1:port (the client adds its own path). */
    public String address() {
        return "ws://127.0.0.1:" + server.getLocalPort();
    }

    /** The path of the upgrade request, once a client has connected. */
    public String path() throws Exception {
        connection();
        return upgradePath;
    }

    /** A header of the upgrade request (names in lower case), once a client has connected. */
    public String header(String name) throws Exception {
        connection();
        return upgradeHeaders.get(name.toLowerCase(Locale.ROOT));
    }

    /** Sends one text message, split into two frames when {@code fragmented} (as a server may). */
    public void send(String text, boolean fragmented) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        OutputStream out = connection().getOutputStream();
        if (fragmented && bytes.length > 1) {
            int half = bytes.length / 2;
            writeFrame(out, false, TEXT, bytes, 0, half);
            writeFrame(out, true, CONTINUATION, bytes, half, bytes.length - half);
        } else {
            writeFrame(out, true, TEXT, bytes, 0, bytes.length);
        }
        out.flush();
    }

    /** The client's next text message (waiting at most 30 s), or null if it closed the connection instead. */
    public String receive() throws Exception {
        Socket socket = connection();
        socket.setSoTimeout(30_000);
        DataInputStream in = new DataInputStream(socket.getInputStream());
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            boolean fin = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((second & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if (opcode == CLOSE) {
                return null;
            }
            if (opcode == PING) {
                continue; // a client does not expect an answer to a ping in these tests
            }
            message.write(payload);
            if (fin) {
                return message.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** Closes the connection as the service does after an hour: a close frame with a status and a reason. */
    public void closeConnection(int status, String reason) throws Exception {
        byte[] why = reason.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[2 + why.length];
        body[0] = (byte) (status >> 8);
        body[1] = (byte) status;
        System.arraycopy(why, 0, body, 2, why.length);
        OutputStream out = connection().getOutputStream();
        writeFrame(out, true, CLOSE, body, 0, body.length);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        Socket socket = connected.getNow(null);
        if (socket != null) {
            socket.close();
        }
    }

    private Socket connection() throws Exception {
        return connected.get(30, TimeUnit.SECONDS);
    }

    private void acceptOne() {
        try {
            Socket socket = server.accept();
            handshake(socket);
            connected.complete(socket);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            connected.completeExceptionally(e);
        }
    }

    private void handshake(Socket socket) throws IOException, NoSuchAlgorithmException {
        InputStream in = socket.getInputStream();
        String requestLine = readLine(in);
        upgradePath = requestLine.split(" ")[1];
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            upgradeHeaders.put(name, line.substring(colon + 1).trim());
        }
        String key = upgradeHeaders.get("sec-websocket-key");
        String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                .digest((key + HANDSHAKE_GUID).getBytes(StandardCharsets.US_ASCII)));
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the client closed during the handshake");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** A server's frame: never masked. */
    private static void writeFrame(OutputStream out, boolean fin, int opcode, byte[] bytes, int offset, int length)
            throws IOException {
        out.write((fin ? 0x80 : 0) | opcode);
        if (length < 126) {
            out.write(length);
        } else if (length <= 0xFFFF) {
            out.write(126);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) length >> shift));
            }
        }
        out.write(bytes, offset, length);
    }
}
