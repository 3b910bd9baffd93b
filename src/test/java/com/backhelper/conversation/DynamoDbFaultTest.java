package com.backhelper.conversation;

import com.backhelper.lambda.SkillConfig;
import com.backhelper.local.LocalDynamoDb;
import com.backhelper.local.RequestEnvelopes;
import com.backhelper.progress.DynamoDbClients;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Pace;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;
import com.backhelper.testing.BrokenDynamoDb;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.DynamoDbCalls;
import com.backhelper.testing.FaultProxy;
import com.backhelper.testing.FaultProxy.Fault;
import com.backhelper.testing.LogCapture;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestClock;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever DynamoDB does, the person hears their guidance and nothing they did is lost. DynamoDB Local sits behind
 * a loopback {@link FaultProxy} that throttles, fails with a 500, resets connections, trickles its answers, or
 * answers after the client gave up (the write applied all the same); there is also a DynamoDB that is down, one that
 * never answers, a missing table, an engine restarted mid-conversation, and four devices at once. Every DynamoDB call
 * is counted by an SDK interceptor; the time each turn took is printed (figures, not assertions: see the README).
 */
class DynamoDbFaultTest {

    /** Worst turn per fault, for the README's table: milliseconds, DynamoDB calls, rounds lost. */
    private static final Map<String, String> FIGURES = new TreeMap<>();

    private final TestClock clock = new TestClock();
    private final DynamoDbCalls calls = new DynamoDbCalls();
    private final DynamoDbProgressStore store = TestSkill.store();

    private SkillDriver on(URI endpoint, String table) {
        TestSkill.config(); // the test table exists
        return new SkillDriver(TestSkill.entryPoint(new SkillConfig(null, table, endpoint, null), clock, calls));
    }

    private SkillDriver through(FaultProxy proxy) {
        return on(proxy.endpoint(), TestSkill.TABLE);
    }

    private static FaultProxy proxy() throws Exception {
        return new FaultProxy(LocalDynamoDb.forTests().endpoint());
    }

    private RoutineState stored(Conversation person) {
        return store.load(person.userId()).orElseThrow(() -> new AssertionError("nothing stored")).routine();
    }

    /** One turn, timed and counted; returns {milliseconds, DynamoDB calls}. */
    private long[] turn(Conversation person, String said) {
        calls.reset();
        long start = System.nanoTime();
        if (said == null) {
            person.goesQuiet();
        } else {
            person.user(said);
        }
        return new long[]{(System.nanoTime() - start) / 1_000_000, calls.reads() + calls.writes()};
    }

    private static final List<String> SCRIPT = List.of("help me now", "yes", "slower", "yes");

    /** The same turns with DynamoDB healthy: what must end up stored. */
    private RoutineState control(String... last) {
        Conversation person = conversation(new SkillDriver(TestSkill.entryPoint(clock)));
        SCRIPT.forEach(person::user);
        List.of(last).forEach(person::user);
        return stored(person);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLE", "SERVER_ERROR", "RESET", "TRICKLE", "LATE"})
    void underEachFault_everyTurnIsAnswered_andOnceItClears_nothingIsLost(Fault fault) throws Exception {
        try (FaultProxy proxy = proxy(); LogCapture logs = new LogCapture()) {
            Conversation person = conversation(through(proxy));
            proxy.always(fault);
            long worstMillis = 0;
            long mostCalls = 0;
            for (String said : SCRIPT) {
                long[] figures = turn(person, said);
                worstMillis = Math.max(worstMillis, figures[0]);
                mostCalls = Math.max(mostCalls, figures[1]);
                assertTrue(calls.reads() <= 1 && calls.writes() <= 1, fault + ": a read and a write at most, got "
                        + calls.reads() + " and " + calls.writes() + " on \"" + said + "\"");
            }
            person.hears("R1").asks("ui.ask.ANOTHER_ROUND");
            proxy.passEverything();
            person.user("next").hears("R2");
            person.user("stop").endsSession(); // the session ends: everything it holds is written
            assertEquals(control("next", "stop"), stored(person), fault + ": what was done under the fault is all stored");
            assertTrue(logs.text().contains("progress not saved, kept in the session"), logs.text());
            FIGURES.put(fault.name(), worstMillis + " ms, " + mostCalls + " call(s), 0 rounds lost");
        }
    }

    enum Outage { DOWN, SILENT, TABLE_MISSING }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void whenDynamoDbIsGone_thePersonStillHearsEveryAnswer_andTheLossIsLogged(Outage outage) throws Exception {
        try (BrokenDynamoDb broken = outage == Outage.DOWN ? BrokenDynamoDb.down()
                : outage == Outage.SILENT ? BrokenDynamoDb.silent() : null;
             LogCapture logs = new LogCapture()) {
            SkillDriver skill = outage == Outage.TABLE_MISSING
                    ? on(LocalDynamoDb.forTests().endpoint(), "no-such-table")
                    : on(broken.endpoint(), TestSkill.TABLE);
            Conversation person = conversation(skill);
            long worstMillis = 0;
            long mostCalls = 0;
            for (String said : List.of("help me now", "yes", "should i use ice or heat", "next", "stop")) {
                long[] figures = turn(person, said);
                worstMillis = Math.max(worstMillis, figures[0]);
                mostCalls = Math.max(mostCalls, figures[1]);
            }
            person.endsSession(); // nothing could be written, and the session is over
            assertTrue(logs.text().contains("progress could not be read"), logs.text());
            assertTrue(logs.text().contains("progress lost: 3 change(s), 2 breathing round(s)"), logs.text());
            FIGURES.put(outage.name(), worstMillis + " ms, " + mostCalls + " call(s), 2 rounds lost (logged)");
        }
    }

    @Test
    void aWriteThatDynamoDbAppliedButAnsweredLate_isCountedOnce() throws Exception {
        try (FaultProxy proxy = proxy()) {
            Conversation person = conversation(through(proxy));
            person.user(SCRIPT.get(0));
            proxy.next("UpdateItem", Fault.LATE, 1); // applied, but the client gives up and tries again
            long[] figures = turn(person, SCRIPT.get(1));
            assertTrue(proxy.reachedDynamoDb("UpdateItem") >= 2, "the late write reached DynamoDB");
            SCRIPT.subList(2, SCRIPT.size()).forEach(person::user);
            person.user("next");
            assertEquals(control("next"), stored(person), "no round counted twice, none missing");
            FIGURES.put("LATE write (applied, answered late)", figures[0] + " ms, " + figures[1]
                    + " call(s), 0 rounds lost or doubled");
        }
    }

    @Test
    void aFailedReadAtTheStart_neverReplacesWhatIsStored_itIsMergedIntoIt() throws Exception {
        try (FaultProxy proxy = proxy()) {
            SkillDriver skill = through(proxy);
            Conversation person = conversation(skill).user("help me now").user("slower").user("next").user("stop")
                    .endsSession();
            Progress before = store.load(person.userId()).orElseThrow();
            proxy.next("GetItem", Fault.THROTTLE, 2); // both attempts of the next read
            person.user("open back helper").asks("ui.ask.MENU"); // nothing could be read: a first-visit welcome
            person.user("help me now").opensWith("S1");
            Progress after = store.load(person.userId()).orElseThrow();
            assertEquals(before.version() + 1, after.version(), "the stored item was updated, not recreated");
            assertEquals(Pace.DEFAULT.slower(), after.routine().pace(), "the pace stored before is kept");
            assertEquals(Step.BREATHE, after.routine().step(), "this session's step");
        }
    }

    @Test
    void aStormOfConflicts_isGivenUpOnWithinTheTurn_andWrittenLater() throws Exception {
        try (FaultProxy proxy = proxy()) {
            Conversation person = conversation(through(proxy)).user("help me now");
            // Another device writes between every read and write of this one: three conflicts in a row.
            DynamoDbProgressStore other = new DynamoDbProgressStore(
                    DynamoDbClients.create(LocalDynamoDb.forTests().endpoint(), null, List.of()), TestSkill.TABLE);
            Progress now = other.load(person.userId()).orElseThrow();
            other.save(person.userId(), now.after(now.routine().withPace(Pace.SLOWEST), false, clock.instant()));
            long[] figures = turn(person, "yes"); // conflict, re-read, write: fine
            assertEquals(Pace.SLOWEST, stored(person).pace(), "the other device's pace");
            assertEquals(2, stored(person).rounds(), "and this device's round");
            FIGURES.put("conflict (another device wrote)", figures[0] + " ms, " + figures[1] + " call(s), 0 lost");
        }
    }

    @Test
    void fourDevicesAtOnce_everyBreathingRoundIsCountedExactlyOnce() throws Exception {
        try (FaultProxy proxy = proxy()) {
            SkillDriver skill = through(proxy);
            Conversation first = conversation(skill).user("help me now");
            List<Conversation> devices = new ArrayList<>(List.of(first));
            for (int i = 0; i < 3; i++) {
                devices.add(first.onAnotherDevice(skill).user("help me now").doesNotHear("S1"));
            }
            int rounds = devices.size();
            Random random = new Random(14);
            long mostCalls = 0;
            for (int i = 0; i < 40; i++) {
                if (i == 10 || i == 25) {
                    proxy.next("UpdateItem", Fault.LATE, 1); // two writes applied but answered late
                }
                long[] figures = turn(devices.get(random.nextInt(devices.size())), "yes");
                mostCalls = Math.max(mostCalls, figures[1]);
                rounds++;
            }
            for (Conversation device : devices) {
                device.user("stop").endsSession();
            }
            assertEquals(rounds, stored(first).rounds(), "every round on every device, each once");
            FIGURES.put("four devices, interleaved", "44 rounds stored of 44, at most " + mostCalls + " call(s)");
        }
    }

    @Test
    void dynamoDbRestartedMidConversation_theTurnsGoOn_andTheFirstTurnBackWritesThemAll(@TempDir Path data)
            throws Exception {
        LocalDynamoDb engine = LocalDynamoDb.keepingDataIn(data);
        int port = engine.endpoint().getPort();
        new DynamoDbProgressStore(DynamoDbClients.create(engine.endpoint(), null, List.of()), TestSkill.TABLE)
                .createTableIfMissing();
        SkillDriver skill = on(engine.endpoint(), TestSkill.TABLE);
        Conversation person = conversation(skill).user("help me now").hears("S1");

        engine.close();
        try (LogCapture logs = new LogCapture()) {
            person.user("yes").hears("R1").asks("ui.ask.ANOTHER_ROUND")
                    .user("slower").says("R1.pace.slower").asks("ui.ask.ANOTHER_ROUND");
            assertTrue(logs.text().contains("progress not saved, kept in the session"), logs.text());
        }

        try (LocalDynamoDb back = LocalDynamoDb.keepingDataIn(data, port)) {
            DynamoDbProgressStore restarted = new DynamoDbProgressStore(
                    DynamoDbClients.create(back.endpoint(), null, List.of()), TestSkill.TABLE);
            assertEquals(1, restarted.load(person.userId()).orElseThrow().routine().rounds(), "only the first turn");
            long[] figures = turn(person, "help");
            assertEquals(1, calls.writes(), "the first turn that can writes what the session kept");
            RoutineState saved = restarted.load(person.userId()).orElseThrow().routine();
            assertEquals(Step.BREATHE, saved.step());
            assertEquals(3, saved.rounds());
            assertEquals(Pace.DEFAULT.slower(), saved.pace());
            FIGURES.put("restart (first turn back)", figures[0] + " ms, " + figures[1] + " call(s), 0 rounds lost");
        }
    }

    @Test
    void warningSignsAndCallsForHelp_makeNoDynamoDbCall_evenWithDynamoDbDown() throws Exception {
        try (BrokenDynamoDb down = BrokenDynamoDb.down()) {
            SkillDriver skill = on(down.endpoint(), TestSkill.TABLE);
            calls.reset();
            conversation(skill).user("my legs are numb").hears("S1").endsSession();
            conversation(skill).user("help me now").user("my legs are numb").hears("S1").endsSession();
            // the second person's first turn read (and failed); the warning sign itself called nothing
            assertEquals(1, calls.reads() + calls.writes(), "only the read of \"help me now\"");
        }
        SkillDriver healthy = new SkillDriver(TestSkill.entryPoint(clock, calls));
        Conversation person = conversation(healthy).user("help me now").user("yes");
        calls.reset();
        person.user("my legs are numb").hears("S1").endsSession();
        assertEquals(0, calls.reads() + calls.writes(), "no read, no write");
    }

    @Test
    void aDeleteThatFails_isNeverReportedAsDone_andIsTriedAgainOnTheNextRequest() throws Exception {
        try (FaultProxy proxy = proxy()) {
            SkillDriver skill = through(proxy);
            Conversation person = conversation(skill).user("help me now").user("next");
            proxy.next("DeleteItem", Fault.SERVER_ERROR, 2); // both attempts
            person.user("forget me").user("yes").says("ui.forget_failed");
            assertFalse(person.speech().contains("I have deleted"), person.speech());
            assertTrue(store.load(person.userId()).isPresent(), "still stored: and the person was told so");
            person.user("open back helper").hears("S3").asks("ui.ask.MENU"); // deleted first, then a fresh welcome
            assertEquals(Optional.empty(), store.load(person.userId()));

            Conversation disabling = conversation(skill).user("help me now").user("next");
            proxy.next("DeleteItem", Fault.RESET, 2);
            skill.send(RequestEnvelopes.skillDisabled(disabling.userId()));
            assertTrue(store.load(disabling.userId()).isPresent());
            conversation(skill).user("open back helper"); // anyone's next request: the delete is tried again
            assertEquals(Optional.empty(), store.load(disabling.userId()));
        }
    }

    @AfterAll
    static void printFigures() {
        System.out.println("DynamoDB faults: worst turn, DynamoDB calls in it, rounds lost");
        FIGURES.forEach((fault, figures) -> System.out.printf("  %-40s %s%n", fault, figures));
    }
}
