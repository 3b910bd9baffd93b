package com.backhelper.lambda;

import com.backhelper.local.RequestEnvelopes;
import com.backhelper.local.RequestEnvelopes.Session;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SnapStart priming: the real client runs end to end before the snapshot, and DynamoDB never hears of it. */
class PrimingTest {

    @Test
    void priming_exercisesTheRealClient_withoutOneConnectionToDynamoDb() throws Exception {
        try (ConnectionCounter dynamoDb = new ConnectionCounter()) {
            BackHelperStreamHandler handler =
                    new BackHelperStreamHandler(TestSkill.config().withDynamoDbEndpoint(dynamoDb.endpoint()));
            int before = dynamoDb.connections();

            Priming.Result result = handler.prime();

            assertTrue(result.complete(), result.toString());
            assertEquals(0, result.unanswered(), result.toString());
            // Each primed session reads once and most write.
            assertTrue(result.dynamoDbCalls() >= Priming.ROUNDS * 5, result.toString());
            assertEquals(before, dynamoDb.connections(), "priming reached the configured DynamoDB endpoint");

            // Afterwards, the redirect is off: the next real request goes where the configuration says.
            new SkillDriver(handler).send(RequestEnvelopes.launch(session("amzn1.ask.account.AFTER-PRIMING")));
            assertTrue(dynamoDb.connections() > before, "after priming, calls must reach DynamoDB again");
        }
    }

    @Test
    void afterPriming_progressIsKeptInDynamoDb_andNothingOfPrimingIs() {
        BackHelperStreamHandler handler = new BackHelperStreamHandler(TestSkill.config());
        handler.prime();
        String user = "amzn1.ask.account.PRIMED-" + UUID.randomUUID();
        SkillDriver skill = new SkillDriver(handler);

        JsonNode launched = skill.send(RequestEnvelopes.launch(session(user)));
        Session next = new Session("amzn1.echo-api.session.primed", false, launched.path("sessionAttributes"), user,
                "en-US");
        skill.send(RequestEnvelopes.intent("HelpMeNowIntent", Map.of(), next));

        assertTrue(TestSkill.store().load(user).isPresent(), "the primed skill must keep a real person's progress");
        assertTrue(TestSkill.store().load(Priming.USER).isEmpty(), "priming must leave nothing in DynamoDB");
    }

    private static Session session(String user) {
        return new Session("amzn1.echo-api.session." + UUID.randomUUID(), true, null, user, "en-US");
    }

    /** A DynamoDB endpoint that only counts the connections made to it (and closes them, so calls fail fast). */
    private static final class ConnectionCounter implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();

        ConnectionCounter() throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        // the test is over
                    }
                }
            }, "connection-counter");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort());
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
