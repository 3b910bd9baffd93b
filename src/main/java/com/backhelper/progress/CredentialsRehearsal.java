package com.backhelper.progress;

import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Before a snapshot: the container-credentials lookup rehearsed once, so that the code a restored function runs
 * to get its credentials (the provider's HTTP call, the JSON answer, the expiry's date parsing) is loaded and has run
 * before the first request after a restore needs it (measured: 35 of the 41 classes that request loaded, about a
 * quarter of its time on one core).
 *
 * <p>A throwaway provider asks a one-shot answerer on 127.0.0.1 inside this JVM, which hands out placeholder
 * credentials; both are closed at once, so nothing credential-shaped is kept and no connection is left open. The
 * real client's provider has still looked nothing up: it signs its first call with the restored environment's.
 */
public final class CredentialsRehearsal {

    static final String PLACEHOLDER_KEY = "ASIAPRIMINGPLACEHOLDER";
    private static final Duration PATIENCE = Duration.ofSeconds(2);
    /** The SDK's system property for {@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}. */
    private static final String RELATIVE_PATH = SdkSystemSetting.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.property();

    private CredentialsRehearsal() {
    }

    /** @return true if the throwaway provider got the placeholder credentials (best effort, never throws) */
    public static boolean rehearse() {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) PATIENCE.toMillis());
            Thread answerer = new Thread(() -> answerOnce(server), "credentials-rehearsal");
            answerer.setDaemon(true);
            answerer.start();
            // The provider's own endpoint setting only names the host of a relative path, and a path (the system
            // property of AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) is read before a full URI: so, for the rehearsal
            // alone, the path is set and the host is the answerer's. Nothing else runs while priming does, and
            // the real provider reads its endpoint afresh on its first lookup, after the property is gone.
            String before = System.getProperty(RELATIVE_PATH);
            System.setProperty(RELATIVE_PATH, "/priming");
            try (ContainerCredentialsProvider throwaway = ContainerCredentialsProvider.builder()
                    .endpoint("http://127.0.0.1:" + server.getLocalPort()).asyncCredentialUpdateEnabled(false)
                    .build()) {
                // As the signer asks for them: an identity, resolved through the provider's cache.
                AwsCredentialsIdentity placeholder = throwaway.resolveIdentity().join();
                return PLACEHOLDER_KEY.equals(placeholder.accessKeyId());
            } finally {
                if (before == null) {
                    System.clearProperty(RELATIVE_PATH);
                } else {
                    System.setProperty(RELATIVE_PATH, before);
                }
                answerer.join(PATIENCE.toMillis());
            }
        } catch (IOException | RuntimeException failed) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads one request's head (and discards it), answers with the placeholder, and closes the connection. */
    private static void answerOnce(ServerSocket server) {
        try (Socket client = server.accept()) {
            client.setSoTimeout((int) PATIENCE.toMillis());
            InputStream in = client.getInputStream();
            int lastFour = 0;
            for (int b; lastFour != 0x0D0A0D0A && (b = in.read()) >= 0; ) {
                lastFour = (lastFour << 8) | b;
            }
            byte[] body = ("{\"AccessKeyId\":\"" + PLACEHOLDER_KEY + "\",\"SecretAccessKey\":\"placeholder\","
                    + "\"Token\":\"placeholder\",\"Expiration\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            // Connection: close, so that the JDK's keep-alive cache keeps nothing of this for the snapshot.
            byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            OutputStream out = client.getOutputStream();
            byte[] whole = new byte[head.length + body.length];
            System.arraycopy(head, 0, whole, 0, head.length);
            System.arraycopy(body, 0, whole, head.length, body.length);
            out.write(whole);
            out.flush();
        } catch (IOException nobodyCame) {
            // the rehearsal reports false
        }
    }
}
