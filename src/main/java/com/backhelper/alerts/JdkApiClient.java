package com.backhelper.alerts;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The skill's client for the Alexa service APIs (Timers, Reminders), on the JDK's own HTTP client: the SDK's only
 * ready client brings Apache HttpClient into the jar.
 *
 * <p>Each call has one overall {@link #DEADLINE}, whatever the server does. A per-read timeout alone lets a server
 * that trickles its answer a byte at a time hold the turn as long as it likes; here the whole exchange (connecting,
 * sending, every byte of the answer) is waited for at most that long, then cancelled. The client is made on the first
 * call, since most turns set no alert.
 */
public final class JdkApiClient implements ApiClient {

    /** The whole call. The person is waiting, and DynamoDB has its own second within the turn's two. */
    static final Duration DEADLINE = Duration.ofMillis(800);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final Duration deadline;
    private HttpClient client;

    public JdkApiClient() {
        this(DEADLINE);
    }

    JdkApiClient(Duration deadline) {
        this.deadline = deadline;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).proxy(HttpClient.Builder.NO_PROXY)
                    .version(HttpClient.Version.HTTP_1_1).build();
        }
        return client;
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(request.getUrl())).timeout(deadline)
                .method(request.getMethod(), request.getBody() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.getBody()));
        if (request.getHeaders() != null) {
            for (Pair<String, String> header : request.getHeaders()) {
                if (!RESTRICTED.contains(header.getName().toLowerCase(java.util.Locale.ROOT))) {
                    http.header(header.getName(), header.getValue());
                }
            }
        }
        CompletableFuture<HttpResponse<String>> call =
                client().sendAsync(http.build(), HttpResponse.BodyHandlers.ofString());
        try {
            return toResponse(call.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException late) {
            call.cancel(true);
            throw new UncheckedIOException(new IOException(
                    "the Alexa API did not answer within " + deadline.toMillis() + " ms", late));
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw new UncheckedIOException("the Alexa API did not answer: " + cause.getClass().getSimpleName(),
                    cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new UncheckedIOException(new IOException("interrupted waiting for the Alexa API", interrupted));
        }
    }

    private static ApiClientResponse toResponse(HttpResponse<String> answer) {
        ApiClientResponse response = new ApiClientResponse();
        response.setStatusCode(answer.statusCode());
        List<Pair<String, String>> headers = new ArrayList<>();
        answer.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new Pair<>(name, v))));
        response.setHeaders(headers);
        response.setBody(answer.body() == null || answer.body().isEmpty() ? null : answer.body());
        return response;
    }
}
