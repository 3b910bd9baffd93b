package com.backhelper.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * The breathing-and-rest routine as one state machine: given where a person is and what they asked, it decides
 * where they go and what is said, in one switch. Plain Java, no Alexa or AWS types, so every (step, command) pair
 * can be tested directly.
 *
 * <p>Two rules hold for every reply: it either asks a question (session stays open, a reprompt follows) or ends the
 * session politely; and a person who has not yet heard the safety line in this episode hears it before any breathing.
 */
public final class Routine {

    public Reply apply(RoutineState state, Command command) {
        return switch (command) {
            case START -> start(state.step() == Step.DONE ? newEpisode(state) : state);
            case START_AFRESH -> start(newEpisode(state));
            case LAUNCH -> launch(state);
            case LAUNCH_WALK_DUE -> state.step().beforeWalk()
                    ? ask(state, Question.WALK_NOW, Part.WELCOME_BACK, Part.WALK_DUE) : launch(state);
            case LAUNCH_LONG_AFTER -> state.inProgress()
                    ? ask(state, Question.START_FRESH, Part.WELCOME_BACK, Part.LONG_AFTER) : launch(state);
            case NEXT -> next(state);
            case PREVIOUS -> previous(state);
            case REPEAT -> repeat(state);
            case START_OVER -> startOver(state);
            case PAUSE -> endWith(state, state.inProgress() ? Part.PAUSED : Part.GOODBYE);
            case RESUME -> carryOn(state);
            case SLOWER -> changePace(state, state.pace().slower(), Part.PACE_SLOWER, Part.PACE_SLOWEST_ALREADY);
            case FASTER -> changePace(state, state.pace().faster(), Part.PACE_FASTER, Part.PACE_FASTEST_ALREADY);
            case YES -> yes(state);
            case NO -> no(state);
            case STOP -> endWith(state, state.inProgress() ? Part.GOODBYE_SAVED : Part.GOODBYE);
            case HELP -> help(state, List.of(Part.HELP_HERE));
            case FALLBACK -> help(state, List.of(Part.NOT_UNDERSTOOD, Part.HELP_HERE));
            case HOME -> ask(state, Question.MENU, Part.HOME);
            case ASIDE -> ask(state, state.inProgress() ? Question.CARRY_ON : Question.OFFER_ROUTINE);
            case FORGET -> ask(state, Question.CONFIRM_FORGET);
        };
    }

    /** A new episode after a finished routine: the safety line is due again; the pace is a preference and stays. */
    private static RoutineState newEpisode(RoutineState state) {
        return new RoutineState(Step.NOT_STARTED, state.pace(), false, 0, Question.NONE);
    }

    private Reply start(RoutineState state) {
        return breathe(state.withStep(Step.BREATHE), Part.BREATHING_INTRO);
    }

    private Reply launch(RoutineState state) {
        return switch (state.step()) {
            case NOT_STARTED -> ask(state, Question.MENU, Part.WELCOME_FIRST);
            case DONE -> ask(state, Question.MENU, Part.WELCOME_RETURNING);
            default -> ask(state, Question.CARRY_ON, Part.WELCOME_BACK, Part.WHERE_YOU_WERE);
        };
    }

    private Reply next(RoutineState state) {
        return switch (state.step()) {
            case NOT_STARTED -> start(state);
            case DONE -> ask(state, Question.OFFER_ROUTINE, Part.ALREADY_DONE);
            default -> guide(state.withStep(state.step().next()));
        };
    }

    private Reply previous(RoutineState state) {
        return switch (state.step()) {
            case NOT_STARTED -> start(state);
            case BREATHE -> breathe(state, Part.ALREADY_FIRST_STEP);
            default -> guide(state.withStep(state.step().previous()));
        };
    }

    private Reply repeat(RoutineState state) {
        return switch (state.step()) {
            case NOT_STARTED -> help(state, List.of(Part.HELP_HERE));
            case BREATHE -> breathe(state, Part.BREATHING_AGAIN);
            default -> guide(state);
        };
    }

    private Reply startOver(RoutineState state) {
        return breathe(state.withStep(Step.BREATHE).withRounds(0), Part.STARTING_OVER, Part.BREATHING_INTRO);
    }

    /** "Carry on": more breathing at the breathing step; after a step that took time, the step after it. */
    private Reply carryOn(RoutineState state) {
        return switch (state.step()) {
            case NOT_STARTED -> start(state);
            case BREATHE -> breathe(state, Part.BREATHING_AGAIN);
            case DONE -> ask(state, Question.OFFER_ROUTINE, Part.ALREADY_DONE);
            default -> guide(state.withStep(state.step().next()));
        };
    }

    /**
     * A new pace is said briefly and used at once in a round of breathing. Outside the routine that round is its
     * start; at a later step the person is asked afterwards whether to carry on with that step.
     */
    private Reply changePace(RoutineState state, Pace newPace, Part changed, Part atLimit) {
        Part said = newPace.equals(state.pace()) ? atLimit : changed;
        RoutineState paced = state.withPace(newPace);
        if (!paced.inProgress()) {
            paced = (paced.step() == Step.DONE ? newEpisode(paced) : paced).withStep(Step.BREATHE);
        }
        if (paced.step() == Step.BREATHE) {
            return breathe(paced, said);
        }
        return breatheThenAsk(paced, Question.CARRY_ON, List.of(said));
    }

    private Reply yes(RoutineState state) {
        return switch (state.question()) {
            case MENU, OFFER_ROUTINE -> apply(state, Command.START);
            // "Another round of breathing?" is only asked at the breathing step, so yes means that step.
            case ANOTHER_ROUND -> breathe(state.withStep(Step.BREATHE), Part.BREATHING_AGAIN);
            case CARRY_ON -> carryOn(state);
            case WALK_NOW -> guide(state.withStep(Step.WALK));
            case START_FRESH -> apply(state, Command.START_AFRESH);
            // Everything goes, the pace too: nothing about this person is kept.
            case CONFIRM_FORGET -> new Reply(RoutineState.FRESH, List.of(Part.FORGOTTEN), true, Reply.Effect.FORGETS_PROGRESS);
            // What was set (or why not) is said by whoever sets it, before these parts.
            case OFFER_ICE_TIMER -> new Reply(state.withQuestion(Question.NONE), List.of(Part.COME_BACK_LATER), true,
                    Reply.Effect.SETS_ICE_TIMER);
            case OFFER_WALK_REMINDER -> new Reply(state.withQuestion(Question.NONE), List.of(Part.COME_BACK_LATER), true,
                    Reply.Effect.SETS_WALK_REMINDER);
            case NONE -> help(state, List.of(Part.NOTHING_TO_ANSWER, Part.HELP_HERE));
        };
    }

    private Reply no(RoutineState state) {
        return switch (state.question()) {
            case MENU -> endWith(state, state.inProgress() ? Part.GOODBYE_SAVED : Part.GOODBYE);
            case OFFER_ROUTINE -> endWith(state, Part.OKAY_LATER);
            case ANOTHER_ROUND -> next(state);
            case CARRY_ON -> ask(state, Question.MENU, Part.HOME);
            case WALK_NOW, START_FRESH -> ask(state, Question.CARRY_ON, Part.WHERE_YOU_WERE);
            case CONFIRM_FORGET -> ask(state, naturalQuestion(state.step()), Part.NOTHING_FORGOTTEN);
            case OFFER_ICE_TIMER, OFFER_WALK_REMINDER -> endWith(state, Part.NO_ALERT, Part.COME_BACK_LATER);
            case NONE -> help(state, List.of(Part.NOTHING_TO_ANSWER, Part.HELP_HERE));
        };
    }

    /** Help keeps the question that was open; with none open, it asks the one that fits the step. */
    private Reply help(RoutineState state, List<Part> parts) {
        Question question = state.question() != Question.NONE ? state.question() : naturalQuestion(state.step());
        return ask(state, question, parts.toArray(Part[]::new));
    }

    private static Question naturalQuestion(Step step) {
        return switch (step) {
            case NOT_STARTED, DONE -> Question.MENU;
            case BREATHE -> Question.ANOTHER_ROUND;
            case LIE_DOWN, ICE, REST, WALK -> Question.CARRY_ON;
        };
    }

    /**
     * The guidance of the step in the state. Steps that take time end the session with how to come back; the ice
     * and the rest first offer a timer or a reminder for the time they take.
     */
    private Reply guide(RoutineState state) {
        return switch (state.step()) {
            case NOT_STARTED -> ask(state, Question.MENU, Part.HOME);
            case BREATHE -> breathe(state, Part.BREATHING_INTRO);
            case LIE_DOWN -> endWith(state, Part.STEP_LIE_DOWN, Part.COME_BACK_LATER);
            case ICE -> ask(state, Question.OFFER_ICE_TIMER, Part.STEP_ICE);
            case REST -> ask(state, Question.OFFER_WALK_REMINDER, Part.STEP_REST);
            case WALK -> endWith(state, Part.STEP_WALK, Part.COME_BACK_LATER);
            case DONE -> endWith(state, Part.ROUTINE_DONE);
        };
    }

    private Reply breathe(RoutineState state, Part... leadIn) {
        return breatheThenAsk(state, Question.ANOTHER_ROUND, List.of(leadIn));
    }

    private Reply breatheThenAsk(RoutineState state, Question question, List<Part> leadIn) {
        List<Part> parts = new ArrayList<>();
        // No safety line yet means this is the first breathing of an episode: the line comes first, and the
        // episode begins here.
        boolean beginsEpisode = !state.safetyGiven();
        if (beginsEpisode) {
            parts.add(Part.SAFETY_LINE);
        }
        parts.addAll(leadIn);
        parts.add(Part.BREATHING_ROUND);
        return new Reply(state.afterBreathingRound().withQuestion(question), parts, false,
                beginsEpisode ? Reply.Effect.BEGINS_EPISODE : Reply.Effect.NONE);
    }

    private static Reply ask(RoutineState state, Question question, Part... parts) {
        return new Reply(state.withQuestion(question), List.of(parts), false);
    }

    private static Reply endWith(RoutineState state, Part... parts) {
        return new Reply(state.withQuestion(Question.NONE), List.of(parts), true);
    }
}
