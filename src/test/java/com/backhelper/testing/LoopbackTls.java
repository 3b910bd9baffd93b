package com.backhelper.testing;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

/**
 * A TLS certificate for 127.0.0.1, made once per JVM with the JDK's keytool (an RSA key, as DynamoDB's own
 * certificates are), and a trust store holding it that a child JVM is pointed at with the standard
 * {@code javax.net.ssl.trustStore} properties. Nothing is committed that could expire.
 */
public final class LoopbackTls {

    private static final String PASSWORD = "loopback";
    private static Path folder;

    private LoopbackTls() {
    }

    private static synchronized Path folder() {
        if (folder == null) {
            try {
                Path made = Files.createTempDirectory("loopback-tls");
                Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
                run(List.of(keytool.toString(), "-genkeypair", "-alias", "loopback", "-keyalg", "RSA", "-keysize",
                        "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "7",
                        "-storetype", "PKCS12", "-keystore", made.resolve("server.p12").toString(),
                        "-storepass", PASSWORD, "-keypass", PASSWORD));
                run(List.of(keytool.toString(), "-exportcert", "-alias", "loopback", "-keystore",
                        made.resolve("server.p12").toString(), "-storepass", PASSWORD, "-file",
                        made.resolve("loopback.cer").toString()));
                run(List.of(keytool.toString(), "-importcert", "-noprompt", "-alias", "loopback", "-file",
                        made.resolve("loopback.cer").toString(), "-storetype", "PKCS12", "-keystore",
                        made.resolve("trust.p12").toString(), "-storepass", PASSWORD));
                folder = made;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The server side: 127.0.0.1's certificate and key. */
    public static SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(folder().resolve("server.p12"))) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD.toCharArray());
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the loopback TLS context", e);
        }
    }

    /** The client side in this JVM: trusts 127.0.0.1's certificate (and only it). */
    public static SSLContext clientContext() {
        try (InputStream in = Files.newInputStream(folder().resolve("trust.p12"))) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(in, PASSWORD.toCharArray());
            TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            managers.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, managers.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the loopback TLS client context", e);
        }
    }

    /** JVM options for a client that trusts 127.0.0.1's certificate (and only it). */
    public static List<String> trustingJvmOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + folder().resolve("trust.p12"),
                "-Djavax.net.ssl.trustStorePassword=" + PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12");
    }
}
