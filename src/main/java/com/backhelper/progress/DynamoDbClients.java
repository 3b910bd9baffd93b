package com.backhelper.progress;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.warmup.http.CannedResponseHttpClient;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * The DynamoDB client the skill uses, built once per container. Alexa gives up after 8 seconds, so every call is
 * short: at most {@link #CALL_TIMEOUT} in all, in at most two attempts; a slow DynamoDB costs the person a second,
 * never their answer. The small JDK-based HTTP client (no Apache or Netty in the jar).
 *
 * <p>Credentials are whatever the environment provides when the first call is signed, never before: a SnapStart
 * function gets container credentials ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}) rather than access keys, and a
 * snapshot restored days later must sign with the credentials of the environment it was restored into.
 */
public final class DynamoDbClients {

    public static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(600);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    static final int MOST_ATTEMPTS = 2;
    /** Where no region is set (a local engine), any region will do; DynamoDB Local ignores it. */
    static final Region LOCAL_REGION = Region.US_EAST_1;
    static final String CONTAINER_CREDENTIALS = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    /** Any of these means AWS credentials are configured, and they are used, even against a local engine. */
    private static final List<String> AWS_CREDENTIAL_SETTINGS = List.of("AWS_ACCESS_KEY_ID", CONTAINER_CREDENTIALS,
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_PROFILE");

    private DynamoDbClients() {
    }

    /**
     * @param endpoint     an override such as DynamoDB Local's; null for the region's DynamoDB
     * @param region       the region, or null to use {@link #LOCAL_REGION} (only sensible with an endpoint)
     * @param interceptors extra SDK interceptors (tests count calls with one)
     */
    public static DynamoDbClient create(URI endpoint, String region, List<ExecutionInterceptor> interceptors) {
        return create(endpoint, region, interceptors, httpClient(endpoint));
    }

    /** As {@link #create(URI, String, List)}, over the HTTP client given (one from {@link #httpClient(URI)}). */
    public static DynamoDbClient create(URI endpoint, String region, List<ExecutionInterceptor> interceptors,
                                        SdkHttpClient http) {
        var builder = configured(DynamoDbClient.builder(), interceptors)
                .httpClient(http)
                .region(regionOrLocal(region))
                .credentialsProvider(credentials(endpoint, System.getenv()));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /**
     * A client for setting up a local engine (creating its table), not for a person's turn: a table takes longer to
     * make than a turn may wait, so it has a minute, not {@link #CALL_TIMEOUT}.
     */
    public static DynamoDbClient forLocalSetup(URI endpoint) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofMinutes(1)).build())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofMinutes(1)))
                .region(LOCAL_REGION)
                .credentialsProvider(credentials(endpoint, System.getenv()))
                .endpointOverride(endpoint)
                .build();
    }

    /**
     * An HTTP client and the TLS context its connections use (null over plain HTTP), kept together so that
     * {@link #exchangeOnce} can forget the TLS sessions it made.
     */
    public record Http(SdkHttpClient client, SSLContext tls) {
    }

    /** The HTTP client for this endpoint, with the timeouts above. */
    public static SdkHttpClient httpClient(URI endpoint) {
        return http(endpoint).client();
    }

    /**
     * The HTTP client for this endpoint, with the timeouts above. Its connections are made by hand (as the SDK's
     * own factory would, without a proxy): over plain HTTP (DynamoDB Local) to skip building a TLS context it would
     * never use, over HTTPS to keep hold of the TLS context.
     */
    public static Http http(URI endpoint) {
        if (endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme())) {
            return new Http(UrlConnectionHttpClient.create(uri -> connection(uri, null)), null);
        }
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, null, null); // the JDK's own trust store and random source
            SSLSocketFactory sockets = tls.getSocketFactory();
            return new Http(UrlConnectionHttpClient.create(uri -> connection(uri, sockets)), tls);
        } catch (GeneralSecurityException noTls) {
            throw new IllegalStateException("no TLS in this JVM", noTls);
        }
    }

    /**
     * A client configured as the real one, whose every call is answered on this machine with the body given (the
     * SDK's own warm-up HTTP client: no socket is ever opened). For priming: the marshalling, the signing, the call
     * pipeline and the unmarshalling of the skill's own calls run, and no call leaves the JVM. It signs with a
     * placeholder, never with anything of the environment's.
     */
    public static DynamoDbClient answeringLocally(byte[] responseBody) {
        return configured(DynamoDbClient.builder(), List.of())
                .httpClient(CannedResponseHttpClient.builder().statusCode(200).responseBody(responseBody).build())
                .region(LOCAL_REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .endpointOverride(URI.create("http://localhost"))
                .build();
    }

    /** Where the client sends its calls: the override, or the region's DynamoDB endpoint from the SDK's rules. */
    public static URI endpointOf(URI endpoint, String region) {
        if (endpoint != null) {
            return endpoint;
        }
        return DynamoDbEndpointProvider.defaultProvider().resolveEndpoint(p -> p.region(regionOrLocal(region)))
                .join().url();
    }

    /**
     * One exchange with the endpoint's root over the given HTTP client: DynamoDB's health check, which names no
     * table and carries no credentials. Over HTTPS this makes the TLS handshake, certificate checks and host-name
     * check once, so that they are loaded and compiled before a snapshot. The connection is closed before this
     * returns and its TLS session forgotten: nothing is frozen into a snapshot to be shared by its copies, and the
     * first call after a restore connects and shakes hands afresh.
     *
     * @return the status the endpoint answered with, or -1 if it could not be reached (best effort)
     */
    public static int exchangeOnce(Http http, URI endpoint) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.GET)
                .uri(endpoint.resolve("/"))
                .build();
        ExecutableHttpRequest call = http.client().prepareRequest(
                HttpExecuteRequest.builder().request(request).build());
        try {
            HttpExecuteResponse response = call.call();
            // Read, but not closed: closing the body hands the connection to the JDK's keep-alive cache, where
            // abort() (HttpURLConnection.disconnect) can no longer reach it.
            if (response.responseBody().isPresent()) {
                response.responseBody().get().transferTo(OutputStream.nullOutputStream());
            }
            return response.httpResponse().statusCode();
        } catch (IOException | RuntimeException unreachable) {
            return -1;
        } finally {
            call.abort(); // closes the connection, even though the endpoint offered to keep it alive
            forgetSessions(http.tls());
        }
    }

    /**
     * Forgets the TLS sessions made so far, so that the first connection after a restore makes a full handshake
     * of its own rather than resuming a session from before the snapshot (which every restored copy would share).
     */
    private static void forgetSessions(SSLContext tls) {
        if (tls == null) {
            return;
        }
        SSLSessionContext sessions = tls.getClientSessionContext();
        for (Enumeration<byte[]> ids = sessions.getIds(); ids.hasMoreElements(); ) {
            SSLSession session = sessions.getSession(ids.nextElement());
            if (session != null) {
                session.invalidate();
            }
        }
    }

    /**
     * The environment's own credentials, looked up only when a call is first signed: the container provider when
     * the container endpoint is set (SnapStart, ECS), else the SDK's default chain. A local engine accepts any
     * credentials, so it gets fixed ones, but only when no AWS credentials are configured at all.
     */
    static AwsCredentialsProvider credentials(URI endpoint, Map<String, String> environment) {
        if (environment.get(CONTAINER_CREDENTIALS) != null) {
            return ContainerCredentialsProvider.builder().build();
        }
        boolean configured = AWS_CREDENTIAL_SETTINGS.stream().anyMatch(environment::containsKey)
                || System.getProperty("aws.accessKeyId") != null;
        if (endpoint != null && !configured) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static DynamoDbClientBuilder configured(DynamoDbClientBuilder builder,
                                                    List<ExecutionInterceptor> interceptors) {
        builder.overrideConfiguration(o -> {
            o.apiCallTimeout(CALL_TIMEOUT)
                    .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                    .retryStrategy(r -> r.maxAttempts(MOST_ATTEMPTS));
            // The turn's shared deadline first, so that it bounds every call of a turn together (see CallBudget).
            o.addExecutionInterceptor(CallBudget.INTERCEPTOR);
            interceptors.forEach(o::addExecutionInterceptor);
        });
        return builder;
    }

    private static Region regionOrLocal(String region) {
        return region == null ? LOCAL_REGION : Region.of(region);
    }

    /** A connection with the timeouts above, over TLS with the sockets given (null: plain HTTP). */
    private static HttpURLConnection connection(URI uri, SSLSocketFactory tls) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            if (connection instanceof HttpsURLConnection https && tls != null) {
                https.setSSLSocketFactory(tls);
            }
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) ATTEMPT_TIMEOUT.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
