package com.backhelper.progress;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The DynamoDB client the skill uses, built once per container. Alexa gives up after 8 seconds, so every call is
 * short: at most {@link #CALL_TIMEOUT} in all, in at most two attempts; a slow DynamoDB costs the person a second,
 * never their answer. The small JDK-based HTTP client (no Apache or Netty in the jar); region and credentials from
 * the environment, which Lambda sets.
 */
public final class DynamoDbClients {

    public static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(600);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    static final int MOST_ATTEMPTS = 2;
    /** Where no region is set (a local engine), any region will do; DynamoDB Local ignores it. */
    static final Region LOCAL_REGION = Region.US_EAST_1;

    private DynamoDbClients() {
    }

    /**
     * @param endpoint     an override such as DynamoDB Local's; null for the region's DynamoDB
     * @param region       the region, or null to use {@link #LOCAL_REGION} (only sensible with an endpoint)
     * @param interceptors extra SDK interceptors (tests count calls with one)
     */
    public static DynamoDbClient create(URI endpoint, String region, List<ExecutionInterceptor> interceptors) {
        var builder = DynamoDbClient.builder();
        if (endpoint != null && "http".equalsIgnoreCase(endpoint.getScheme())) {
            builder.httpClient(UrlConnectionHttpClient.create(DynamoDbClients::plainConnection));
        } else {
            builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .socketTimeout(ATTEMPT_TIMEOUT));
        }
        builder.overrideConfiguration(o -> {
                    o.apiCallTimeout(CALL_TIMEOUT)
                            .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                            .retryStrategy(r -> r.maxAttempts(MOST_ATTEMPTS));
                    interceptors.forEach(o::addExecutionInterceptor);
                })
                .region(region == null ? LOCAL_REGION : Region.of(region))
                .credentialsProvider(credentials(endpoint));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /**
     * A connection to a plain-HTTP engine on this machine (DynamoDB Local), with the same timeouts as in AWS. Made
     * by hand because the client's own factory builds a TLS context first, a third of its start-up, that plain HTTP
     * never uses.
     */
    private static HttpURLConnection plainConnection(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) ATTEMPT_TIMEOUT.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lambda's own credentials from its environment; a local engine accepts any, so it gets fixed ones if none. */
    private static AwsCredentialsProvider credentials(URI endpoint) {
        boolean inEnvironment = System.getenv("AWS_ACCESS_KEY_ID") != null;
        if (endpoint != null && !inEnvironment) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return EnvironmentVariableCredentialsProvider.create();
    }
}
