package com.backhelper.alerts;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The skill's client for the Alexa service APIs (Timers, Reminders), on the JDK's own HTTP: the SDK's only ready
 * client brings Apache HttpClient into the jar. Short timeouts, since the person is waiting for the answer.
 */
public final class JdkApiClient implements ApiClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(request.getUrl()).toURL()
                    .openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            connection.setRequestMethod(request.getMethod());
            if (request.getHeaders() != null) {
                request.getHeaders().forEach(h -> connection.addRequestProperty(h.getName(), h.getValue()));
            }
            if (request.getBody() != null) {
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(request.getBody().getBytes(StandardCharsets.UTF_8));
                }
            }
            ApiClientResponse response = new ApiClientResponse();
            response.setStatusCode(connection.getResponseCode());
            List<Pair<String, String>> headers = new ArrayList<>();
            for (Map.Entry<String, List<String>> header : connection.getHeaderFields().entrySet()) {
                if (header.getKey() != null) {
                    header.getValue().forEach(v -> headers.add(new Pair<>(header.getKey(), v)));
                }
            }
            response.setHeaders(headers);
            InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream();
            response.setBody(body == null ? null : read(body));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("the Alexa API did not answer: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? null : text;
        }
    }
}
