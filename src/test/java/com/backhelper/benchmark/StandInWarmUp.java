package com.backhelper.benchmark;

import com.backhelper.testing.ContainerCredentialsStandIn;
import com.backhelper.testing.LoopbackTls;

import javax.net.ssl.HttpsURLConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;

/**
 * In AWS the far ends of a restored function's first request are warm: the credentials endpoint is the platform's,
 * and DynamoDB's TLS servers have made millions of handshakes. Here both are stand-ins in the benchmark's own JVM,
 * and a stand-in's first few hundred answers are slow while its own code loads and compiles (measured: on a cold
 * stand-in most of the first request's time was spent waiting for the stand-ins' replies). So, as DynamoDB Local is
 * warmed before the cold starts, the stand-ins serve this many exchanges first: full TLS handshakes with the
 * DynamoDB proxy (its health check, nothing of the table's) and credential requests.
 */
final class StandInWarmUp {

    static final int EXCHANGES = 300;

    private StandInWarmUp() {
    }

    static void warm(URI tlsDynamoDb, ContainerCredentialsStandIn credentials) throws IOException {
        for (int i = 0; i < EXCHANGES; i++) {
            // A fresh client context each time: a full handshake, never a resumed session, as after a restore.
            HttpsURLConnection tls = (HttpsURLConnection) tlsDynamoDb.resolve("/").toURL()
                    .openConnection(Proxy.NO_PROXY);
            tls.setSSLSocketFactory(LoopbackTls.clientContext().getSocketFactory());
            drain(tls);
            HttpURLConnection token = (HttpURLConnection) credentials.uri().toURL().openConnection(Proxy.NO_PROXY);
            token.setRequestProperty("Authorization", ContainerCredentialsStandIn.TOKEN);
            drain(token);
        }
    }

    private static void drain(HttpURLConnection connection) throws IOException {
        try (InputStream body = connection.getInputStream()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } finally {
            connection.disconnect();
        }
    }
}
