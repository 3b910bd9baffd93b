package com.backhelper.conversation;

import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillConfig;
import com.backhelper.lambda.SkillFactory;
import com.backhelper.local.LocalDynamoDb;
import com.backhelper.progress.DynamoDbClients;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Pace;
import com.backhelper.routine.Step;
import com.backhelper.testing.BrokenDynamoDb;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.DynamoDbCalls;
import com.backhelper.testing.LogCapture;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever DynamoDB does, the person hears their guidance: down, silent, throttling, the table missing, or stopped
 * in the middle of a conversation. Each turn tries DynamoDB at most once (so the client's 1 s budget bounds the
 * wait; the benchmark prints the figures), the fault is logged, and progress is written on the first turn that can.
 */
class DynamoDbFaultTest {

    enum Fault { DOWN, SILENT, THROTTLED, TABLE_MISSING }

    private final DynamoDbCalls calls = new DynamoDbCalls();

    private SkillDriver skillOn(URI endpoint, String table) {
        DynamoDbProgressStore store = new DynamoDbProgressStore(DynamoDbClients.create(endpoint, null, List.of(calls)), table);
        return new SkillDriver(new BackHelperStreamHandler(
                SkillFactory.create(new SkillConfig(null, table, endpoint, null), store, Clock.systemUTC())));
    }

    private BrokenDynamoDb broken(Fault fault) throws Exception {
        return switch (fault) {
            case DOWN -> BrokenDynamoDb.down();
            case SILENT -> BrokenDynamoDb.silent();
            case THROTTLED -> BrokenDynamoDb.throttling();
            case TABLE_MISSING -> null;
        };
    }

    /** One turn; at most one DynamoDB call; prints how long it took. */
    private void turn(Fault fault, String said, Runnable check, Conversation person) {
        calls.reset();
        long start = System.nanoTime();
        person.user(said);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("fault %s: \"%s\" answered in %d ms, %d DynamoDB call(s)%n", fault, said, millis,
                calls.reads() + calls.writes());
        check.run();
        assertTrue(calls.reads() + calls.writes() <= 1, "at most one DynamoDB call a turn, got reads "
                + calls.reads() + " writes " + calls.writes());
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void thePersonHearsTheirGuidance_andTheFaultIsLogged(Fault fault) throws Exception {
        try (BrokenDynamoDb broken = broken(fault); LogCapture logs = new LogCapture()) {
            SkillDriver skill = fault == Fault.TABLE_MISSING
                    ? skillOn(LocalDynamoDb.forTests().endpoint(), "no-such-table")
                    : skillOn(broken.endpoint(), TestSkill.TABLE);
            Conversation person = conversation(skill);
            turn(fault, "help me now", () -> person.opensWith("S1").hears("R1").breathesAt(4000, 6000), person);
            turn(fault, "yes", () -> person.hears("R1").doesNotHear("S1").asks("ui.ask.ANOTHER_ROUND"), person);
            turn(fault, "should i use ice or heat", () -> person.hears("R3", "S4").asks("ui.ask.CARRY_ON"), person);
            turn(fault, "next", () -> person.hears("R2").asks("ui.ask.LYING_DOWN"), person);
            assertTrue(logs.text().contains("progress could not be read"), logs.text());
            assertTrue(logs.text().contains("progress not saved"), logs.text());
        }
    }

    @Test
    void dynamoDbStoppedMidConversation_theTurnsGoOn_andTheFirstTurnBackWritesThemAll(@TempDir Path data) {
        LocalDynamoDb engine = LocalDynamoDb.keepingDataIn(data);
        int port = engine.endpoint().getPort();
        SkillDriver skill = skillOn(engine.endpoint(), TestSkill.TABLE);
        new DynamoDbProgressStore(DynamoDbClients.create(engine.endpoint(), null, List.of()), TestSkill.TABLE)
                .createTableIfMissing();
        Conversation person = conversation(skill).user("help me now").hears("S1");

        engine.close();
        try (LogCapture logs = new LogCapture()) {
            person.user("yes").hears("R1").asks("ui.ask.ANOTHER_ROUND")
                    .user("slower").says("R1.pace.slower").asks("ui.ask.ANOTHER_ROUND");
            assertTrue(logs.text().contains("progress not saved"), logs.text());
        }

        try (LocalDynamoDb back = LocalDynamoDb.keepingDataIn(data, port)) {
            DynamoDbProgressStore store = new DynamoDbProgressStore(
                    DynamoDbClients.create(back.endpoint(), null, List.of()), TestSkill.TABLE);
            assertEquals(1, store.load(person.userId()).orElseThrow().routine().rounds(), "only the first turn saved");
            calls.reset();
            person.user("help");
            assertEquals(1, calls.writes(), "the first turn that can, writes what was kept in the session");
            Progress saved = store.load(person.userId()).orElseThrow();
            assertEquals(Step.BREATHE, saved.routine().step());
            assertEquals(3, saved.routine().rounds());
            assertEquals(Pace.DEFAULT.slower(), saved.routine().pace());
        }
    }
}
