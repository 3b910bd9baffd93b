package com.backhelper.alerts;

import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Alexa API client has one deadline for the whole call. A server that trickles its answer (every byte well
 * inside the read timeout, the whole answer far outside the deadline) must not hold the turn.
 */
class JdkApiClientTest {

    private static final String ANSWER = "{\"id\":\"timer-1\",\"status\":\"ON\"}";
    private HttpServer server;

    private String serve(long gapMillis) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : body) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(gapMillis);
                }
            } catch (InterruptedException | java.io.IOException cutOff) {
                exchange.close();
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/alerts/timers";
    }

    private static ApiClientRequest post(String url) {
        ApiClientRequest request = new ApiClientRequest();
        request.setUrl(url);
        request.setMethod("POST");
        request.setBody("{}");
        return request;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPromptAnswer_isReturned() throws Exception {
        ApiClientResponse response = new JdkApiClient().invoke(post(serve(0)));
        assertEquals(200, response.getStatusCode());
        assertEquals(ANSWER, response.getBody());
    }

    @Test
    void anAnswerThatTrickles_isCutOffAtTheDeadline_thoughNoSingleReadTimesOut() throws Exception {
        // 32 bytes, 200 ms apart: about 6 s in all, each gap a third of the 600 ms read timeout.
        String url = serve(200);
        long start = System.nanoTime();
        UncheckedIOException cut = assertThrows(UncheckedIOException.class, () -> new JdkApiClient().invoke(post(url)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Alexa API trickling: the call ended after " + millis + " ms (deadline "
                + JdkApiClient.DEADLINE.toMillis() + " ms)");
        assertTrue(cut.getMessage().contains("within " + JdkApiClient.DEADLINE.toMillis() + " ms"), cut.getMessage());
    }
}
