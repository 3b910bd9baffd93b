package com.backhelper.conversation;

import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.RecordingProxy;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestClock;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A returning person's launch answers after one DynamoDB call, its read; what it changed (the step they were
 * promised, a breathing round, the visit) rides on the session's next write, and is stored whether the person goes
 * on, says stop, or goes quiet. The calls are counted on the wire, between the skill's own client and DynamoDB
 * Local (a proxy in front of the engine), so retries and anything the SDK sends by itself count too; what the test
 * itself reads and writes goes to the engine directly and is not counted.
 */
class ReturningLaunchTest {

    private static final RecordingProxy WIRE = proxy();
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final TestClock clock = new TestClock();
    private final SkillDriver skill = new SkillDriver(
            TestSkill.entryPoint(TestSkill.config().withDynamoDbEndpoint(WIRE.endpoint()), clock));
    private final DynamoDbProgressStore store = TestSkill.store();

    private static RecordingProxy proxy() {
        try {
            return RecordingProxy.plain(TestSkill.config().dynamoDbEndpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void closeProxy() throws IOException {
        WIRE.close();
    }

    /** How the launch's session goes on: another turn, a stop, or silence until Alexa ends it. */
    enum Afterwards {
        ANOTHER_TURN(person -> person.user("help")),
        STOP(person -> person.user("stop").endsSession()),
        SILENCE(person -> person.noAnswer().goesQuiet());

        final Consumer<Conversation> then;

        Afterwards(Consumer<Conversation> then) {
            this.then = then;
        }
    }

    private List<String> operationsOf(Runnable turn) {
        WIRE.reset();
        turn.run();
        return WIRE.operations().stream().map(RecordingProxy.Call::operation).map(ReturningLaunchTest::shortName)
                .toList();
    }

    private static String shortName(String target) {
        return target.substring(target.indexOf('.') + 1); // "DynamoDB_20120810.GetItem" -> "GetItem"
    }

    private Progress stored(Conversation person) {
        return store.load(person.userId()).orElseThrow(() -> new AssertionError("nothing stored"));
    }

    @ParameterizedTest(name = "then {0}")
    @EnumSource(Afterwards.class)
    void backForThePromisedStep_oneRead_andTheStepIsStoredHoweverTheSessionGoesOn(Afterwards afterwards) {
        Conversation person = conversation(skill, clock)
                .user("help me now").user("next").asks("ui.ask.LYING_DOWN")
                .user("stop").endsSession()
                .later(TEN_MINUTES);
        Progress before = stored(person);
        Instant launchedAt = clock.instant();

        List<String> launch = operationsOf(() ->
                person.user("open back helper").says("ui.welcome_back_next").hears("R3").asks("ui.ask.OFFER_ICE_TIMER"));

        assertEquals(List.of("GetItem"), launch, "a returning person's launch: one call, its read");
        assertEquals(before, stored(person), "nothing written yet: the step rides on the next write");
        List<String> next = operationsOf(() -> afterwards.then.accept(person));
        assertEquals(List.of("UpdateItem"), next, "the launch's change is the session's next write");
        Progress after = stored(person);
        assertEquals(Step.ICE, after.routine().step());
        assertEquals(before.routine().pace(), after.routine().pace());
        assertEquals(launchedAt, after.lastVisitAt(), "the visit is recorded");
        assertEquals(launchedAt.plus(Progress.KEPT_FOR), after.expiresAt());
    }

    /** Where a person may be when they open the skill again, as stored, and how long they were away. */
    enum LeftAt {
        BREATHING(Step.BREATHE, TEN_MINUTES),
        LYING_DOWN(Step.LIE_DOWN, TEN_MINUTES),
        AT_THE_ICE(Step.ICE, TEN_MINUTES),
        TWELVE_HOURS_AWAY(Step.ICE, Duration.ofHours(13)),
        DAYS_LATER(Step.REST, Duration.ofDays(2)),
        FINISHED(Step.DONE, Duration.ofDays(3));

        final Step step;
        final Duration away;

        LeftAt(Step step, Duration away) {
            this.step = step;
            this.away = away;
        }
    }

    @ParameterizedTest(name = "left at {0}")
    @EnumSource(LeftAt.class)
    void everyReturningLaunchThatAsksSomething_makesOneCall_andItsVisitIsStoredWhenTheSessionEnds(LeftAt left) {
        Conversation person = conversation(skill, clock);
        Instant leftAt = clock.instant();
        RoutineState state = new RoutineState(left.step, Pace.DEFAULT, true, 3, Question.NONE);
        store.save(person.userId(), Progress.NONE.after(state, true, leftAt));
        clock.advance(left.away);

        List<String> launch = operationsOf(() -> person.user("open back helper"));

        assertEquals(List.of("GetItem"), launch, "one call, its read");
        assertEquals(leftAt, stored(person).lastVisitAt(), "nothing written by the launch");
        List<String> end = operationsOf(person::goesQuiet);
        assertEquals(List.of("UpdateItem"), end, "the session's end writes what the launch changed");
        assertEquals(clock.instant(), stored(person).lastVisitAt(), "the visit is recorded");
    }

    /**
     * The one launch that ends its own session: back after the hour's rest, the walk, and the routine is done. No
     * turn comes after it to carry the change, so it writes at once: its read, then its write.
     */
    @Test
    void backAfterTheHoursRest_theWalkEndsTheRoutine_andTheLaunchWritesItAtOnce() {
        Conversation person = conversation(skill, clock);
        Instant leftAt = clock.instant();
        RoutineState resting = new RoutineState(Step.REST, Pace.DEFAULT, true, 3, Question.NONE);
        store.save(person.userId(), Progress.NONE.after(resting, true, leftAt));
        clock.advance(Duration.ofMinutes(70));

        List<String> launch = operationsOf(() -> person.user("open back helper").hears("R5").endsSession());

        assertEquals(List.of("GetItem", "UpdateItem"), launch);
        assertEquals(Step.DONE, stored(person).routine().step());
        assertEquals(clock.instant(), stored(person).lastVisitAt());
    }

    @Test
    void aFirstVisit_makesOneCall_andStoresNothing() {
        Conversation person = conversation(skill, clock);
        assertEquals(List.of("GetItem"), operationsOf(() -> person.user("open back helper").asks("ui.ask.MENU")));
        assertEquals(List.of(), operationsOf(person::goesQuiet));
        assertEquals(java.util.Optional.empty(), store.load(person.userId()));
    }
}
