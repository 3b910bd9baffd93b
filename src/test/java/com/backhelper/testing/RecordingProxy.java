package com.backhelper.testing;

import javax.net.ssl.SSLContext;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DynamoDB endpoint on 127.0.0.1 (plain HTTP or TLS) that passes every call on to a real engine (DynamoDB Local)
 * and records what it saw: the operation, and the access key the call was signed with. It answers a request for
 * the root itself, as DynamoDB's health check does, and keeps that connection open unless the client closes it, so
 * a test can tell whether the client left a connection behind.
 */
public final class RecordingProxy implements AutoCloseable {

    /** One request: its method and path, its X-Amz-Target operation (null: none), and the signing access key. */
    public record Call(String method, String path, String operation, String accessKey) {
    }

    private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([^/,\\s]+)/");

    private final ServerSocket server;
    private final URI upstream;
    private final String scheme;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger open = new AtomicInteger();

    private RecordingProxy(ServerSocket server, URI upstream, String scheme) {
        this.server = server;
        this.upstream = upstream;
        this.scheme = scheme;
        Thread acceptor = new Thread(this::accept, "recording-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Plain HTTP in front of the engine at {@code upstream}. */
    public static RecordingProxy plain(URI upstream) throws IOException {
        return new RecordingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), upstream, "http");
    }

    /** TLS (with {@link LoopbackTls}'s certificate) in front of the engine at {@code upstream}. */
    public static RecordingProxy tls(URI upstream) throws IOException {
        SSLContext context = LoopbackTls.serverContext();
        return new RecordingProxy(context.getServerSocketFactory().createServerSocket(0, 50,
                InetAddress.getLoopbackAddress()), upstream, "https");
    }

    public URI endpoint() {
        return URI.create(scheme + "://127.0.0.1:" + server.getLocalPort());
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The DynamoDB operations received (calls with an X-Amz-Target), in order. */
    public List<Call> operations() {
        return calls.stream().filter(c -> c.operation() != null).toList();
    }

    /** Client connections not yet closed by the client. */
    public int openConnections() {
        return open.get();
    }

    public void reset() {
        calls.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.incrementAndGet();
                Thread serving = new Thread(() -> serve(client), "recording-proxy-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Socket engine = null;
        try (client) {
            // No Nagle delay on either side: a message written in two parts must not wait for the other side's
            // delayed acknowledgement (40 ms on Linux), which is this proxy's doing, not the skill's or DynamoDB's.
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            InputStream fromEngine = null;
            for (Message request = Message.read(in); request != null; request = Message.read(in)) {
                String[] line = request.firstLine.split(" ");
                String authorization = request.headers.get("authorization");
                Matcher key = authorization == null ? null : ACCESS_KEY.matcher(authorization);
                String target = request.headers.get("x-amz-target");
                calls.add(new Call(line[0], line.length > 1 ? line[1] : "", target == null ? null
                        : target.substring(target.indexOf('.') + 1), key != null && key.find() ? key.group(1) : null));
                if (target == null) {
                    byte[] body = ("healthy: " + endpoint().getHost()).getBytes(StandardCharsets.US_ASCII);
                    new Message(null, ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                            + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), Map.of(), body)
                            .writeTo(out);
                    continue;
                }
                if (engine == null) {
                    engine = new Socket(upstream.getHost(), upstream.getPort());
                    engine.setTcpNoDelay(true);
                    fromEngine = new BufferedInputStream(engine.getInputStream());
                }
                request.writeTo(engine.getOutputStream());
                Message response = Message.read(fromEngine);
                if (response == null) {
                    return;
                }
                response.writeTo(out);
            }
        } catch (IOException brokenOrClosed) {
            // the client or the engine went away
        } finally {
            open.decrementAndGet();
            if (engine != null) {
                try {
                    engine.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** An HTTP/1.1 message read whole: its head as sent, its headers by lower-case name, and its body. */
    private record Message(String firstLine, byte[] head, Map<String, String> headers, byte[] body) {

        static Message read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int lastFour = 0;
            while (lastFour != 0x0D0A0D0A) {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                head.write(b);
                lastFour = (lastFour << 8) | b;
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            String length = headers.get("content-length");
            byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                throw new IOException("chunked messages are not expected from DynamoDB Local or the SDK");
            }
            return new Message(lines[0], head.toByteArray(), headers, body);
        }

        void writeTo(OutputStream out) throws IOException {
            byte[] whole = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, whole, head.length, body.length);
            out.write(whole); // in one write: one TLS record, as a server sends a small answer
            out.flush();
        }
    }
}
