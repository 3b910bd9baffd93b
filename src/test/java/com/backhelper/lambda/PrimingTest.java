package com.backhelper.lambda;

import com.backhelper.local.RequestEnvelopes;
import com.backhelper.local.RequestEnvelopes.Session;
import com.backhelper.testing.RecordingProxy;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SnapStart priming, as template.yaml configures the function ({@code SKILL_ID} set): every primed request passes
 * the skill's own check and is answered, and the configured DynamoDB sees no operation, only the one exchange with
 * its root, whose connection is closed before priming ends.
 */
class PrimingTest {

    private static final String SKILL_ID = SnapStartTest.SKILL_ID;

    @Test
    void priming_passesTheSkillIdCheck_andNoCallReachesTheTable() throws Exception {
        try (RecordingProxy dynamoDb = RecordingProxy.plain(TestSkill.config().dynamoDbEndpoint())) {
            SkillConfig config = TestSkill.config().withSkillId(SKILL_ID).withDynamoDbEndpoint(dynamoDb.endpoint());
            BackHelperStreamHandler function = new BackHelperStreamHandler(config);

            Priming.Result result = function.prime();

            assertTrue(result.complete(), result.toString());
            assertEquals(0, result.unanswered(), "primed requests refused or unanswered: " + result);
            assertEquals(List.of(), dynamoDb.operations(), "priming reached the table");
            assertEquals(1, dynamoDb.calls().size(), dynamoDb.calls().toString());
            assertEquals("GET", dynamoDb.calls().get(0).method());
            assertTrue(result.credentialsRehearsed(), "the container-credentials lookup was not rehearsed");
            assertEquals(null, System.getProperty("aws.containerCredentialsPath"),
                    "the rehearsal's credentials path outlived it: the real lookup would go to the stand-in");

            // The recorder does see the calls a real person's request makes.
            String user = "amzn1.ask.account.AFTER-PRIMING-" + UUID.randomUUID();
            var launch = RequestEnvelopes.launch(new Session("amzn1.echo-api.session." + UUID.randomUUID(), true,
                    null, user, "en-US"));
            new SkillDriver(function).send(launch);
            assertTrue(dynamoDb.operations().stream().anyMatch(c -> c.operation().equals("GetItem")),
                    dynamoDb.calls().toString());
        }
    }

    @Test
    void priming_closesTheConnectionItMade() throws Exception {
        try (RecordingProxy dynamoDb = RecordingProxy.plain(TestSkill.config().dynamoDbEndpoint())) {
            BackHelperStreamHandler function = new BackHelperStreamHandler(
                    TestSkill.config().withSkillId(SKILL_ID).withDynamoDbEndpoint(dynamoDb.endpoint()));
            function.beforeCheckpoint(null);
            // The JDK keeps an idle connection 5 s unless it is closed; a close is seen here within milliseconds.
            for (int i = 0; i < 30 && dynamoDb.openConnections() > 0; i++) {
                Thread.sleep(100);
            }
            assertEquals(1, dynamoDb.calls().size(), dynamoDb.calls().toString());
            assertEquals(0, dynamoDb.openConnections(), "a connection was left open for the snapshot");
        }
    }

    @Test
    void anEntryPointBuiltFromParts_isNotPrimed_andReachesNothing() throws Exception {
        try (RecordingProxy dynamoDb = RecordingProxy.plain(TestSkill.config().dynamoDbEndpoint())) {
            SkillConfig config = TestSkill.config().withDynamoDbEndpoint(dynamoDb.endpoint());
            BackHelperStreamHandler fromParts = new BackHelperStreamHandler(SkillFactory.create(config));
            fromParts.beforeCheckpoint(null);
            assertEquals(List.of(), dynamoDb.calls());
            assertFalse(fromParts.progressClientBuilt());
        }
    }
}
