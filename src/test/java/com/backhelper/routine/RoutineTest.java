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
                        || command == Command.YES && (state.question() == Question.START_FRESH
                                || state.question() == Question.DAYS_LATER);
                if (state.safetyGiven() && state.step() != Step.DONE && !newEpisode) {
                    assertFalse(reply.parts().contains(Part.SAFETY_LINE), "safety line repeated: " + at);
                }
                // Quiet after a round of breathing is someone breathing: the reprompt is another round.
                if (reply.question() == Question.ANOTHER_ROUND) {
                    assertTrue(reply.reprompt().contains(Part.BREATHING_ROUND), "reprompt without breathing: " + at);
                }
                if (command == Command.PAUSE) {
                    assertFalse(reply.endsSession(), "a minute's wait is not goodbye: " + at);
                    assertTrue(reply.parts().contains(Part.WAIT_A_MINUTE), at);
                }
            }
        }
    }

    @Test
    void theIceOffersATimer_theRestAReminder_andYesAsksForIt() {
        Reply ice = routine.apply(new RoutineState(Step.LIE_DOWN, Pace.DEFAULT, true, 1, Question.NONE), Command.NEXT);
        assertEquals(Question.OFFER_ICE_TIMER, ice.question());
        assertEquals(List.of(Part.STEP_ICE), ice.parts());
        // The rest goes on in the same session, with its own offer: no invocation is spent between them.
        Reply timer = routine.apply(ice.state(), Command.YES);
        assertEquals(Reply.Effect.SETS_ICE_TIMER, timer.effect());
        assertEquals(Step.REST, timer.state().step());
        assertEquals(List.of(Part.STEP_REST), timer.parts());
        assertEquals(Question.OFFER_WALK_REMINDER, timer.question());
        Reply noTimer = routine.apply(ice.state(), Command.NO);
        assertEquals(List.of(Part.NO_ALERT, Part.STEP_REST), noTimer.parts());
        assertEquals(Question.OFFER_WALK_REMINDER, noTimer.question());

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
                if (command == Command.HELP && !state.inProgress() && (state.question() == Question.NONE
                        || state.question() == Question.MENU || state.question() == Question.OFFER_ROUTINE)) {
                    continue; // "help me" with nothing under way: help now, below
                }
                assertTrue(reply.parts().contains(Part.HELP_HERE) || reply.parts().contains(Part.SAFETY_REMINDER));
                assertEquals(state.step(), reply.state().step());
                if (state.question() != Question.NONE) {
                    assertEquals(state.question(), reply.question(), "help keeps the open question");
                }
            }
        }
    }

    @Test
    void helpMe_withNothingUnderWay_isHelpNow() {
        Reply reply = routine.apply(RoutineState.FRESH.withQuestion(Question.MENU), Command.HELP);
        assertEquals(List.of(Part.SAFETY_LINE, Part.BREATHING_INTRO, Part.BREATHING_ROUND), reply.parts());
        Reply afterTheRoutine = routine.apply(new RoutineState(Step.DONE, Pace.DEFAULT, true, 3, Question.NONE),
                Command.HELP);
        assertEquals(Part.SAFETY_LINE, afterTheRoutine.parts().get(0), "a new episode");
        Reply midRoutine = routine.apply(new RoutineState(Step.ICE, Pace.DEFAULT, true, 3, Question.NONE),
                Command.HELP);
        assertEquals(List.of(Part.HELP_HERE), midRoutine.parts());
    }

    @Test
    void fallback_duringAnEpisode_addsTheWarningSigns_andKeepsTheQuestion() {
        RoutineState breathing = new RoutineState(Step.BREATHE, Pace.DEFAULT, true, 1, Question.ANOTHER_ROUND);
        Reply reply = routine.apply(breathing, Command.FALLBACK);
        assertEquals(List.of(Part.NOT_UNDERSTOOD, Part.SAFETY_REMINDER), reply.parts());
        assertEquals(Question.ANOTHER_ROUND, reply.question());
        Reply outside = routine.apply(RoutineState.FRESH.withQuestion(Question.MENU), Command.FALLBACK);
        assertEquals(List.of(Part.NOT_UNDERSTOOD, Part.HELP_HERE), outside.parts());
    }

    @Test
    void giveMeAMinute_waitsAMinute_thenAsksTheOpenQuestionAgain() {
        RoutineState breathing = new RoutineState(Step.BREATHE, Pace.DEFAULT, true, 1, Question.ANOTHER_ROUND);
        Reply reply = routine.apply(breathing, Command.PAUSE);
        assertEquals(List.of(Part.WAITING, Part.WAIT_A_MINUTE, Part.STILL_HERE), reply.parts());
        assertEquals(breathing, reply.state());
        Reply newSession = routine.apply(breathing.withQuestion(Question.NONE), Command.PAUSE);
        assertEquals(Question.ANOTHER_ROUND, newSession.question(), "with nothing open, the step's own question");
    }

    @Test
    void lyingDown_waitsAMinute_inTheSameSession_thenAsks_andNoWaitsLonger() {
        Reply down = routine.apply(new RoutineState(Step.BREATHE, Pace.DEFAULT, true, 1, Question.ANOTHER_ROUND),
                Command.NEXT);
        assertEquals(List.of(Part.STEP_LIE_DOWN, Part.WAITING, Part.WAIT_A_MINUTE), down.parts());
        assertEquals(Question.LYING_DOWN, down.question());
        assertEquals(List.of(Part.WAITING_LONGER, Part.WAIT_A_MINUTE), down.reprompt());
        Reply longer = routine.apply(down.state(), Command.NO);
        assertEquals(List.of(Part.WAITING_LONGER, Part.WAIT_A_MINUTE, Part.STILL_HERE), longer.parts());
        assertEquals(Question.LYING_DOWN, longer.question());
        assertEquals(Step.ICE, routine.apply(down.state(), Command.YES).state().step());
        assertEquals(Step.BREATHE, routine.apply(down.state(), Command.PREVIOUS).state().step(), "go back: breathe");
    }

    @Test
    void theReprompt_ofABreathingRound_isAnotherRound() {
        Reply first = routine.apply(RoutineState.FRESH, Command.START);
        assertEquals(List.of(Part.KEEP_BREATHING, Part.BREATHING_ROUND), first.reprompt());
        assertEquals(List.of(), routine.apply(first.state(), Command.STOP).reprompt());
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
        Reply reply = null;
        while (state.step() != Step.DONE) {
            reply = routine.apply(state, Command.NEXT);
            state = reply.state();
            visited.add(state.step());
        }
        // The walk is the last step: its guidance and the ending are one turn.
        assertEquals(List.of(Step.BREATHE, Step.LIE_DOWN, Step.ICE, Step.REST, Step.DONE), visited);
        assertEquals(List.of(Part.STEP_WALK, Part.ROUTINE_DONE), reply.parts());
    }

    @Test
    void comingBack_afterEachStepThatTakesTime_goesStraightToTheNextStep() {
        // A person who leaves after each step that takes time and comes back ("open back helper").
        for (Step left : List.of(Step.LIE_DOWN, Step.ICE, Step.REST)) {
            Reply welcome = routine.apply(new RoutineState(left, Pace.DEFAULT, true, 1, Question.NONE), Command.LAUNCH);
            assertEquals(Part.WELCOME_BACK_NEXT, welcome.parts().get(0), left.name());
            assertEquals(left == Step.REST ? Step.DONE : left.next(), welcome.state().step(), left.name());
        }
        Reply walk = routine.apply(new RoutineState(Step.REST, Pace.DEFAULT, true, 1, Question.NONE), Command.LAUNCH);
        assertEquals(List.of(Part.WELCOME_BACK_NEXT, Part.STEP_WALK, Part.ROUTINE_DONE), walk.parts());
        assertTrue(walk.endsSession(), "the walk and the ending are one turn");
        Reply breathing = routine.apply(new RoutineState(Step.BREATHE, Pace.DEFAULT, true, 2, Question.NONE),
                Command.LAUNCH);
        assertEquals(List.of(Part.WELCOME_BACK, Part.BREATHING_AGAIN, Part.BREATHING_ROUND), breathing.parts());
    }

    @Test
    void theWholeRoutine_withOnlyYesAndNext_inTwoVisits() {
        RoutineState state = routine.apply(RoutineState.FRESH, Command.START).state();
        int sessionsEnded = 0;
        for (Command said : List.of(Command.NEXT, Command.YES, Command.YES, Command.YES, Command.LAUNCH)) {
            Reply reply = routine.apply(state, said);
            state = reply.state();
            sessionsEnded += reply.endsSession() ? 1 : 0;
        }
        assertEquals(Step.DONE, state.step());
        assertEquals(2, sessionsEnded, "after the walk reminder, and after the walk");
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            // step,      command,    next step,  ends session
            "NOT_STARTED, START,      BREATHE,    false",
            "NOT_STARTED, NEXT,       BREATHE,    false",
            "NOT_STARTED, LAUNCH,     NOT_STARTED, false",
            "BREATHE,     NEXT,       LIE_DOWN,   false",
            "BREATHE,     PREVIOUS,   BREATHE,    false",
            "BREATHE,     REPEAT,     BREATHE,    false",
            "BREATHE,     RESUME,     BREATHE,    false",
            "BREATHE,     PAUSE,      BREATHE,    false",
            "BREATHE,     LAUNCH,     BREATHE,    false",
            "LIE_DOWN,    LAUNCH,     ICE,        false",
            "ICE,         LAUNCH,     REST,       false",
            "REST,        LAUNCH,     DONE,       true",
            "WALK,        LAUNCH,     DONE,       true",
            "LIE_DOWN,    PAUSE,      LIE_DOWN,   false",
            "NOT_STARTED, HELP,       BREATHE,    false",
            "DONE,        HELP,       BREATHE,    false",
            "ICE,         HELP,       ICE,        false",
            "ICE,         FALLBACK,   ICE,        false",
            "REST,        ALERT_ANSWERED, REST,   true",
            "REST,        LAUNCH_WALK_DUE, DONE,  true",
            "ICE,         LAUNCH_WALK_DUE, ICE,   false",
            "ICE,         LAUNCH_LONG_AFTER, ICE, false",
            "ICE,         LAUNCH_DAYS_LATER, ICE, false",
            "DONE,        LAUNCH_DAYS_LATER, DONE, false",
            "NOT_STARTED, LAUNCH_DAYS_LATER, NOT_STARTED, false",
            "LIE_DOWN,    NEXT,       ICE,        false",
            "LIE_DOWN,    PREVIOUS,   BREATHE,    false",
            "LIE_DOWN,    REPEAT,     LIE_DOWN,   false",
            "LIE_DOWN,    RESUME,     ICE,        false",
            "LIE_DOWN,    START,      BREATHE,    false",
            "LIE_DOWN,    START_OVER, BREATHE,    false",
            "ICE,         NEXT,       REST,       false",
            "ICE,         PREVIOUS,   LIE_DOWN,   false",
            "REST,        NEXT,       DONE,       true",
            "REST,        PREVIOUS,   ICE,        false",
            "WALK,        NEXT,       DONE,       true",
            "WALK,        PREVIOUS,   REST,       false",
            "DONE,        NEXT,       DONE,       false",
            "DONE,        PREVIOUS,   DONE,       true",
            "DONE,        START,      BREATHE,    false",
            "DONE,        LAUNCH,     DONE,       false",
    })
    void command_movesToTheExpectedStep(Step from, Command command, Step to, boolean endsSession) {
        // Ends session false at LIE_DOWN (a minute's wait), ICE and REST (a timer or a reminder is offered first).
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
            "ANOTHER_ROUND, NO,     LIE_DOWN, false",
            "LYING_DOWN,    YES,    BREATHE,  false",
            "LYING_DOWN,    NO,     BREATHE,  false",
            "DAYS_LATER,    YES,    BREATHE,  false",
            "DAYS_LATER,    NO,     DONE,     true",
            "CARRY_ON,      YES,    BREATHE,  false",
            "CARRY_ON,      NO,     BREATHE,  false",
            "NONE,          YES,    BREATHE,  false",
            "NONE,          NO,     BREATHE,  false",
            "WALK_NOW,      YES,    DONE,     true",
            "WALK_NOW,      NO,     BREATHE,  false",
            "START_FRESH,   YES,    BREATHE,  false",
            "START_FRESH,   NO,     BREATHE,  false",
            "CONFIRM_FORGET, YES,   NOT_STARTED, true",
            "CONFIRM_FORGET, NO,    BREATHE,  false",
            "OFFER_ICE_TIMER, NO,   REST,     false",
            "OFFER_WALK_REMINDER, NO, BREATHE, true",
            "OFFER_ICE_TIMER, YES,  REST,     false",
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
    void launch_goesStraightToTheNextStep_onlyWithARoutineInProgress() {
        assertEquals(Question.MENU, routine.apply(RoutineState.FRESH, Command.LAUNCH).question());
        Reply back = routine.apply(new RoutineState(Step.LIE_DOWN, Pace.DEFAULT, true, 1, Question.NONE), Command.LAUNCH);
        assertEquals(List.of(Part.WELCOME_BACK_NEXT, Part.STEP_ICE, Part.GO_BACK_HINT), back.parts());
        assertEquals(Question.OFFER_ICE_TIMER, back.question());
    }

    @Test
    void launchAfterAnHour_suggestsTheWalk_onlyWhileTheWalkIsStillToCome() {
        Reply icing = routine.apply(new RoutineState(Step.ICE, Pace.DEFAULT, true, 2, Question.NONE),
                Command.LAUNCH_WALK_DUE);
        assertEquals(List.of(Part.WELCOME_BACK, Part.WALK_DUE), icing.parts());
        assertEquals(Question.WALK_NOW, icing.question());
        Reply resting = routine.apply(new RoutineState(Step.REST, Pace.DEFAULT, true, 2, Question.NONE),
                Command.LAUNCH_WALK_DUE);
        assertEquals(List.of(Part.WELCOME_BACK_NEXT, Part.STEP_WALK, Part.ROUTINE_DONE), resting.parts(),
                "resting was the promise of the walk: straight to it");
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
    void daysLater_saysS3_asksHowItIs_yesBreathesAfresh_noIsTheWalk() {
        RoutineState old = new RoutineState(Step.DONE, Pace.DEFAULT, true, 4, Question.NONE);
        Reply asked = routine.apply(old, Command.LAUNCH_DAYS_LATER);
        assertEquals(List.of(Part.WELCOME_BACK, Part.DAYS_LATER), asked.parts());
        assertEquals(Question.DAYS_LATER, asked.question());
        Reply again = routine.apply(asked.state(), Command.YES);
        assertEquals(Part.SAFETY_LINE, again.parts().get(0));
        assertEquals(Reply.Effect.BEGINS_EPISODE, again.effect());
        Reply walk = routine.apply(asked.state(), Command.NO);
        assertEquals(List.of(Part.STEP_WALK, Part.ROUTINE_DONE), walk.parts());
        assertTrue(walk.endsSession());
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
