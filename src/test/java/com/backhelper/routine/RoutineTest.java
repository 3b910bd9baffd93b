package com.backhelper.routine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutineTest {

    private final Routine routine = new Routine();

    /** Every state a person can be in: each step, with each open question, before and after the safety line. */
    static List<RoutineState> everyState() {
        List<RoutineState> states = new ArrayList<>();
        for (Step step : Step.values()) {
            for (Question question : Question.values()) {
                for (boolean safetyGiven : new boolean[] {false, true}) {
                    states.add(new RoutineState(step, Pace.DEFAULT, safetyGiven, safetyGiven ? 2 : 0, question));
                }
            }
        }
        return states;
    }

    @Test
    void everyStepAndCommand_givesAQuestionOrAGoodbye_neverADeadEnd() {
        for (RoutineState state : everyState()) {
            for (Command command : Command.values()) {
                Reply reply = assertDoesNotThrow(() -> routine.apply(state, command), state + " " + command);
                String at = state + " + " + command + " -> " + reply;
                assertTrue(reply.endsSession() || reply.question() != Question.NONE, at);
                // An aside's answer and "forget me" are followed by nothing but the question itself.
                assertTrue(command == Command.ASIDE || command == Command.FORGET || !reply.parts().isEmpty(),
                        "says nothing: " + at);
                if (reply.parts().contains(Part.BREATHING_ROUND)) {
                    assertTrue(reply.state().safetyGiven(), "breathing without the safety line ever given: " + at);
                    if (!state.safetyGiven()) {
                        assertEquals(Part.SAFETY_LINE, reply.parts().get(0), "safety line must come first: " + at);
                    }
                    assertEquals(Step.BREATHE == reply.state().step() ? Question.ANOTHER_ROUND : Question.CARRY_ON,
                            reply.question(), at);
                }
                boolean newEpisode = command == Command.START_AFRESH
                        || command == Command.YES && state.question() == Question.START_FRESH;
                if (state.safetyGiven() && state.step() != Step.DONE && !newEpisode) {
                    assertFalse(reply.parts().contains(Part.SAFETY_LINE), "safety line repeated: " + at);
                }
            }
        }
    }

    @Test
    void theIceOffersATimer_theRestAReminder_andYesAsksForIt() {
        Reply ice = routine.apply(new RoutineState(Step.LIE_DOWN, Pace.DEFAULT, true, 1, Question.NONE), Command.NEXT);
        assertEquals(Question.OFFER_ICE_TIMER, ice.question());
        assertEquals(List.of(Part.STEP_ICE), ice.parts());
        Reply timer = routine.apply(ice.state(), Command.YES);
        assertEquals(Reply.Effect.SETS_ICE_TIMER, timer.effect());
        assertEquals(Step.ICE, timer.state().step());
        assertTrue(timer.endsSession());

        Reply rest = routine.apply(ice.state().withQuestion(Question.NONE), Command.NEXT);
        assertEquals(Question.OFFER_WALK_REMINDER, rest.question());
        Reply reminder = routine.apply(rest.state(), Command.YES);
        assertEquals(Reply.Effect.SETS_WALK_REMINDER, reminder.effect());
        Reply noThanks = routine.apply(rest.state(), Command.NO);
        assertEquals(Reply.Effect.NONE, noThanks.effect());
        assertEquals(List.of(Part.NO_ALERT, Part.COME_BACK_LATER), noThanks.parts());
    }

    @Test
    void stop_alwaysEndsTheSession_andKeepsTheStepAndPace() {
        for (RoutineState state : everyState()) {
            Reply reply = routine.apply(state, Command.STOP);
            assertTrue(reply.endsSession());
            assertEquals(state.step(), reply.state().step());
            assertEquals(state.pace(), reply.state().pace());
            assertEquals(state.inProgress() ? Part.GOODBYE_SAVED : Part.GOODBYE, reply.parts().get(0));
        }
    }

    @Test
    void helpAndFallback_keepTheSessionOpen_andTheStep() {
        for (RoutineState state : everyState()) {
            for (Command command : List.of(Command.HELP, Command.FALLBACK)) {
                Reply reply = routine.apply(state, command);
                assertFalse(reply.endsSession(), state + " " + command);
                assertTrue(reply.parts().contains(Part.HELP_HERE));
                assertEquals(state.step(), reply.state().step());
                if (state.question() != Question.NONE) {
                    assertEquals(state.question(), reply.question(), "help keeps the open question");
                }
            }
        }
    }

    @Test
    void aside_leavesTheStepUntouched_andOffersTheWayBack() {
        for (RoutineState state : everyState()) {
            Reply reply = routine.apply(state, Command.ASIDE);
            assertEquals(state.step(), reply.state().step());
            assertEquals(state.inProgress() ? Question.CARRY_ON : Question.OFFER_ROUTINE, reply.question());
        }
    }

    @Test
    void theWholeRoutine_withOnlyNext_visitsEveryStepInOrder() {
        RoutineState state = routine.apply(RoutineState.FRESH, Command.START).state();
        List<Step> visited = new ArrayList<>(List.of(state.step()));
        while (state.step() != Step.DONE) {
            state = routine.apply(state, Command.NEXT).state();
            visited.add(state.step());
        }
        assertEquals(List.of(Step.BREATHE, Step.LIE_DOWN, Step.ICE, Step.REST, Step.WALK, Step.DONE), visited);
    }

    @Test
    void theWholeRoutine_withOnlyYes_afterEachComeBack() {
        // A person who answers only "yes" and comes back ("open back helper") after each step that takes time.
        RoutineState state = routine.apply(RoutineState.FRESH, Command.START).state();
        state = routine.apply(state, Command.NO).state(); // "another round?" no: on to lying down
        assertEquals(Step.LIE_DOWN, state.step());
        for (Step expected : List.of(Step.ICE, Step.REST, Step.WALK, Step.DONE)) {
            Reply welcome = routine.apply(state, Command.LAUNCH);
            assertEquals(Question.CARRY_ON, welcome.question());
            state = routine.apply(welcome.state(), Command.YES).state();
            assertEquals(expected, state.step());
        }
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            // step,      command,    next step,  ends session
            "NOT_STARTED, START,      BREATHE,    false",
            "NOT_STARTED, NEXT,       BREATHE,    false",
            "NOT_STARTED, LAUNCH,     NOT_STARTED, false",
            "BREATHE,     NEXT,       LIE_DOWN,   true",
            "BREATHE,     PREVIOUS,   BREATHE,    false",
            "BREATHE,     REPEAT,     BREATHE,    false",
            "BREATHE,     RESUME,     BREATHE,    false",
            "BREATHE,     PAUSE,      BREATHE,    true",
            "LIE_DOWN,    NEXT,       ICE,        false",
            "LIE_DOWN,    PREVIOUS,   BREATHE,    false",
            "LIE_DOWN,    REPEAT,     LIE_DOWN,   true",
            "LIE_DOWN,    RESUME,     ICE,        false",
            "LIE_DOWN,    START,      BREATHE,    false",
            "LIE_DOWN,    START_OVER, BREATHE,    false",
            "ICE,         NEXT,       REST,       false",
            "ICE,         PREVIOUS,   LIE_DOWN,   true",
            "REST,        NEXT,       WALK,       true",
            "REST,        PREVIOUS,   ICE,        false",
            "WALK,        NEXT,       DONE,       true",
            "WALK,        PREVIOUS,   REST,       false",
            "DONE,        NEXT,       DONE,       false",
            "DONE,        PREVIOUS,   WALK,       true",
            "DONE,        START,      BREATHE,    false",
            "DONE,        LAUNCH,     DONE,       false",
    })
    void command_movesToTheExpectedStep(Step from, Command command, Step to, boolean endsSession) {
        // Ends session false at ICE and REST: their guidance offers a timer or a reminder first.
        Reply reply = routine.apply(new RoutineState(from, Pace.DEFAULT, true, 1, Question.NONE), command);
        assertEquals(to, reply.state().step());
        assertEquals(endsSession, reply.endsSession());
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            // question,    answer, step after (from BREATHE), ends session
            "MENU,          YES,    BREATHE,  false",
            "MENU,          NO,     BREATHE,  true",
            "OFFER_ROUTINE, YES,    BREATHE,  false",
            "OFFER_ROUTINE, NO,     BREATHE,  true",
            "ANOTHER_ROUND, YES,    BREATHE,  false",
            "ANOTHER_ROUND, NO,     LIE_DOWN, true",
            "CARRY_ON,      YES,    BREATHE,  false",
            "CARRY_ON,      NO,     BREATHE,  false",
            "NONE,          YES,    BREATHE,  false",
            "NONE,          NO,     BREATHE,  false",
            "WALK_NOW,      YES,    WALK,     true",
            "WALK_NOW,      NO,     BREATHE,  false",
            "START_FRESH,   YES,    BREATHE,  false",
            "START_FRESH,   NO,     BREATHE,  false",
            "CONFIRM_FORGET, YES,   NOT_STARTED, true",
            "CONFIRM_FORGET, NO,    BREATHE,  false",
            "OFFER_ICE_TIMER, NO,   BREATHE,  true",
            "OFFER_WALK_REMINDER, NO, BREATHE, true",
            "OFFER_ICE_TIMER, YES,  BREATHE,  true",
            "OFFER_WALK_REMINDER, YES, BREATHE, true",
    })
    void yesAndNo_meanWhatTheQuestionAsked(Question question, Command answer, Step to, boolean endsSession) {
        Reply reply = routine.apply(new RoutineState(Step.BREATHE, Pace.DEFAULT, true, 1, question), answer);
        assertEquals(to, reply.state().step());
        assertEquals(endsSession, reply.endsSession());
    }

    @Test
    void helpMeNow_opensWithTheSafetyLine_onlyTheFirstTimeInAnEpisode() {
        Reply first = routine.apply(RoutineState.FRESH, Command.START);
        assertEquals(List.of(Part.SAFETY_LINE, Part.BREATHING_INTRO, Part.BREATHING_ROUND), first.parts());
        Reply again = routine.apply(first.state(), Command.START);
        assertFalse(again.parts().contains(Part.SAFETY_LINE));
        Reply overAgain = routine.apply(first.state(), Command.START_OVER);
        assertFalse(overAgain.parts().contains(Part.SAFETY_LINE));
    }

    @Test
    void aFinishedRoutine_startsANewEpisode_withTheSafetyLineAgain_andTheSamePace() {
        RoutineState done = new RoutineState(Step.DONE, Pace.SLOWEST, true, 5, Question.NONE);
        Reply reply = routine.apply(done, Command.START);
        assertEquals(Part.SAFETY_LINE, reply.parts().get(0));
        assertEquals(Pace.SLOWEST, reply.state().pace());
        assertEquals(1, reply.state().rounds());
    }

    @Test
    void slowerAndFaster_changeThePace_andBreatheAtItAtOnce() {
        RoutineState breathing = routine.apply(RoutineState.FRESH, Command.START).state();
        Reply slower = routine.apply(breathing, Command.SLOWER);
        assertEquals(Pace.DEFAULT.slower(), slower.state().pace());
        assertEquals(List.of(Part.PACE_SLOWER, Part.BREATHING_ROUND), slower.parts());
        Reply faster = routine.apply(slower.state(), Command.FASTER);
        assertEquals(Pace.DEFAULT, faster.state().pace());
        assertEquals(List.of(Part.PACE_FASTER, Part.BREATHING_ROUND), faster.parts());
    }

    @Test
    void slowerAtTheSlowest_saysSo_andKeepsThePace() {
        RoutineState slowest = new RoutineState(Step.BREATHE, Pace.SLOWEST, true, 1, Question.ANOTHER_ROUND);
        Reply reply = routine.apply(slowest, Command.SLOWER);
        assertEquals(Pace.SLOWEST, reply.state().pace());
        assertEquals(Part.PACE_SLOWEST_ALREADY, reply.parts().get(0));
        Reply fastest = routine.apply(slowest.withPace(Pace.FASTEST), Command.FASTER);
        assertEquals(Part.PACE_FASTEST_ALREADY, fastest.parts().get(0));
    }

    @Test
    void slowerAtALaterStep_breathesAtTheNewPace_thenOffersToCarryOnWithThatStep() {
        RoutineState icing = new RoutineState(Step.ICE, Pace.DEFAULT, true, 1, Question.NONE);
        Reply reply = routine.apply(icing, Command.SLOWER);
        assertEquals(Step.ICE, reply.state().step());
        assertEquals(Question.CARRY_ON, reply.question());
        assertNotEquals(Pace.DEFAULT, reply.state().pace());
    }

    @Test
    void launch_offersToCarryOn_onlyWithARoutineInProgress() {
        assertEquals(Question.MENU, routine.apply(RoutineState.FRESH, Command.LAUNCH).question());
        Reply back = routine.apply(new RoutineState(Step.LIE_DOWN, Pace.DEFAULT, true, 1, Question.NONE), Command.LAUNCH);
        assertEquals(List.of(Part.WELCOME_BACK, Part.WHERE_YOU_WERE), back.parts());
        assertEquals(Question.CARRY_ON, back.question());
    }

    @Test
    void launchAfterAnHour_suggestsTheWalk_onlyWhileTheWalkIsStillToCome() {
        Reply resting = routine.apply(new RoutineState(Step.REST, Pace.DEFAULT, true, 2, Question.NONE),
                Command.LAUNCH_WALK_DUE);
        assertEquals(List.of(Part.WELCOME_BACK, Part.WALK_DUE), resting.parts());
        assertEquals(Question.WALK_NOW, resting.question());
        Reply walking = routine.apply(new RoutineState(Step.WALK, Pace.DEFAULT, true, 2, Question.NONE),
                Command.LAUNCH_WALK_DUE);
        assertEquals(Question.CARRY_ON, walking.question(), "already walking: the usual welcome back");
    }

    @Test
    void startingFresh_afterALongTime_isANewEpisode_withTheSafetyLine_andTheSamePace() {
        Pace slow = Pace.DEFAULT.slower();
        RoutineState old = new RoutineState(Step.ICE, slow, true, 5, Question.NONE);
        Reply asked = routine.apply(old, Command.LAUNCH_LONG_AFTER);
        assertEquals(Question.START_FRESH, asked.question());
        Reply fresh = routine.apply(asked.state(), Command.YES);
        assertEquals(Part.SAFETY_LINE, fresh.parts().get(0));
        assertEquals(Reply.Effect.BEGINS_EPISODE, fresh.effect());
        assertEquals(new RoutineState(Step.BREATHE, slow, true, 1, Question.ANOTHER_ROUND), fresh.state());
    }

    @Test
    void forgetMe_asksFirst_andOnlyAYesForgets() {
        RoutineState icing = new RoutineState(Step.ICE, Pace.DEFAULT.faster(), true, 3, Question.NONE);
        Reply asked = routine.apply(icing, Command.FORGET);
        assertEquals(Question.CONFIRM_FORGET, asked.question());
        assertEquals(Reply.Effect.NONE, asked.effect());
        Reply yes = routine.apply(asked.state(), Command.YES);
        assertEquals(Reply.Effect.FORGETS_PROGRESS, yes.effect());
        assertEquals(RoutineState.FRESH, yes.state());
        Reply no = routine.apply(asked.state(), Command.NO);
        assertEquals(Reply.Effect.NONE, no.effect());
        assertEquals(icing.withQuestion(Question.CARRY_ON), no.state());
    }
}
