package com.backhelper.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * The breathing-and-rest routine as one state machine: given where a person is and what they asked, it decides
 * where they go and what is said, in one switch. Plain Java, no Alexa or AWS types, so every (step, command) pair
 * can be tested directly. What time changes (an hour in, a long gap, days later) is decided first by {@link Visit}.
 *
 * <p>Three rules hold for every reply: it either asks a question (session stays open, a reprompt follows) or ends
 * the session politely; a person who has not yet heard the safety line in this episode hears it before any
 * breathing; and a person who goes quiet during the breathing hears another round as the reprompt, not a menu.
 */
public final class Routine {

    /** "Give me a minute" means a minute: this much silence, in pauses within Alexa's 10 s limit. */
    public static final int WAIT_MILLIS = 60_000;

    public Reply apply(RoutineState state, Command command) {
        return switch (command) {
            case START -> start(state.step() == Step.DONE ? newEpisode(state) : state);
            case START_AFRESH -> start(newEpisode(state));
            case LAUNCH -> launch(state);
            case LAUNCH_WALK_DUE -> state.step().beforeWalk() && state.step() != Step.REST
                    ? ask(state, Question.WALK_NOW, Part.WELCOME_BACK, Part.WALK_DUE) : launch(state);
            case LAUNCH_LONG_AFTER -> state.inProgress()
                    ? ask(state, Question.START_FRESH, Part.WELCOME_BACK, Part.LONG_AFTER) : launch(state);
            case LAUNCH_DAYS_LATER -> state.step() != Step.NOT_STARTED
                    ? ask(state, Question.DAYS_LATER, Part.WELCOME_BACK, Part.DAYS_LATER) : launch(state);
            case NEXT -> next(state);
            case PREVIOUS -> previous(state);
            case REPEAT -> repeat(state);
            case START_OVER -> startOver(state);
            case PAUSE -> waitAMinute(state, Part.WAITING);
            case RESUME -> carryOn(state);
            case SLOWER -> changePace(state, state.pace().slower(), Part.PACE_SLOWER, Part.PACE_SLOWEST_ALREADY);
            case FASTER -> changePace(state, state.pace().faster(), Part.PACE_FASTER, Part.PACE_FASTEST_ALREADY);
            case YES -> yes(state);
            case NO -> no(state);
            case STOP -> endWith(state, state.inProgress() ? Part.GOODBYE_SAVED : Part.GOODBYE);
            // "Help me" with nothing under way is someone asking for help now, not for a list of commands.
            case HELP -> nothingUnderWay(state) ? apply(state, Command.START) : help(state, List.of(Part.HELP_HERE));
            // During an episode a misheard word may be a warning sign: the signs and the number, then the question.
            case FALLBACK -> state.inProgress()
                    ? help(state, List.of(Part.NOT_UNDERSTOOD, Part.SAFETY_REMINDER))
                    : help(state, List.of(Part.NOT_UNDERSTOOD, Part.HELP_HERE));
            case HOME -> ask(state, Question.MENU, Part.HOME);
            case ASIDE -> ask(state, state.inProgress() ? Question.CARRY_ON : Question.OFFER_ROUTINE);
            case FORGET -> ask(state, Question.CONFIRM_FORGET);
            // After the ice timer comes the rest, in the same session; after the walk reminder, time to rest.
            case ALERT_ANSWERED -> state.question() != Question.NONE
                    ? guide(state) : endWith(state, Part.COME_BACK_LATER);
        };
    }

    /** A new episode after a finished routine: the safety line is due again; the pace is a preference and stays. */
    private static RoutineState newEpisode(RoutineState state) {
        return new RoutineState(Step.NOT_STARTED, state.pace(), false, 0, Question.NONE);
    }

    private static boolean nothingUnderWay(RoutineState state) {
        return !state.inProgress() && (state.question() == Question.NONE || state.question() == Question.MENU
                || state.question() == Question.OFFER_ROUTINE);
    }

    private Reply start(RoutineState state) {
        return breathe(state.withStep(Step.BREATHE), Part.BREATHING_INTRO);
    }

    /**
     * Opening the skill. Someone who left during the breathing breathes again at once; someone who left after a step
     * that takes time, having been told to come back for the next step, goes straight to that step.
     */
    private Reply launch(RoutineState state) {
        return switch (state.step()) {
            case NOT_STARTED -> ask(state, Question.MENU, Part.WELCOME_FIRST);
            case DONE -> ask(state, Question.MENU, Part.WELCOME_RETURNING);
            case BREATHE -> breathe(state, Part.WELCOME_BACK, Part.BREATHING_AGAIN);
            case LIE_DOWN, ICE, REST -> guide(state.withStep(state.step().next()), Part.WELCOME_BACK_NEXT);
            case WALK -> endWith(state.withStep(Step.DONE), Part.WELCOME_BACK, Part.ROUTINE_DONE);
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
     * A minute of silence, then one short question: the one that was open, or the one that fits the step. The
     * session stays open; "give me a minute" is not goodbye.
     */
    private Reply waitAMinute(RoutineState state, Part leadIn) {
        Question question = state.question() != Question.NONE ? state.question() : naturalQuestion(state.step());
        return ask(state, question, leadIn, Part.WAIT_A_MINUTE, Part.STILL_HERE);
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
            case CARRY_ON, LYING_DOWN -> carryOn(state);
            case WALK_NOW -> guide(state.withStep(Step.WALK));
            case START_FRESH, DAYS_LATER -> apply(state, Command.START_AFRESH);
            // Everything goes, the pace too: nothing about this person is kept.
            case CONFIRM_FORGET -> new Reply(RoutineState.FRESH, List.of(Part.FORGOTTEN), true,
                    Reply.Effect.FORGETS_PROGRESS);
            // What was set (or why not) is said by whoever sets it, before these parts; the rest follows the ice.
            case OFFER_ICE_TIMER -> withEffect(guide(state.withStep(Step.REST)), Reply.Effect.SETS_ICE_TIMER);
            case OFFER_WALK_REMINDER -> new Reply(state.withQuestion(Question.NONE), List.of(Part.COME_BACK_LATER),
                    true, Reply.Effect.SETS_WALK_REMINDER);
            case NONE -> help(state, List.of(Part.NOTHING_TO_ANSWER, Part.HELP_HERE));
        };
    }

    private Reply no(RoutineState state) {
        return switch (state.question()) {
            case MENU -> endWith(state, state.inProgress() ? Part.GOODBYE_SAVED : Part.GOODBYE);
            case OFFER_ROUTINE -> endWith(state, Part.OKAY_LATER);
            case ANOTHER_ROUND -> next(state);
            case CARRY_ON -> ask(state, Question.MENU, Part.HOME);
            case LYING_DOWN -> waitAMinute(state, Part.WAITING_LONGER);
            case WALK_NOW, START_FRESH -> ask(state, Question.CARRY_ON, Part.WHERE_YOU_WERE);
            // Days later and it has eased: the walk, which ends the routine.
            case DAYS_LATER -> guide(state.withStep(Step.WALK));
            case CONFIRM_FORGET -> ask(state, naturalQuestion(state.step()), Part.NOTHING_FORGOTTEN);
            case OFFER_ICE_TIMER -> guide(state.withStep(Step.REST), Part.NO_ALERT);
            case OFFER_WALK_REMINDER -> endWith(state, Part.NO_ALERT, Part.COME_BACK_LATER);
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
            case LIE_DOWN -> Question.LYING_DOWN;
            case ICE, REST, WALK -> Question.CARRY_ON;
        };
    }

    /**
     * The guidance of the step in the state, after the lead-in. Getting down to the floor keeps the session open
     * through a minute's wait; the ice and the rest offer a timer or a reminder for the time they take; the walk is
     * the last step, so it ends the routine in the same turn.
     */
    private Reply guide(RoutineState state, Part... leadIn) {
        List<Part> parts = new ArrayList<>(List.of(leadIn));
        return switch (state.step()) {
            case NOT_STARTED -> ask(state, Question.MENU, Part.HOME);
            case BREATHE -> breathe(state, Part.BREATHING_INTRO);
            case LIE_DOWN -> ask(state, Question.LYING_DOWN, with(parts, Part.STEP_LIE_DOWN, Part.WAITING,
                    Part.WAIT_A_MINUTE));
            case ICE -> ask(state, Question.OFFER_ICE_TIMER, with(parts, Part.STEP_ICE, goBackHint(leadIn)));
            case REST -> ask(state, Question.OFFER_WALK_REMINDER, with(parts, Part.STEP_REST, goBackHint(leadIn)));
            case WALK, DONE -> endWith(state.withStep(Step.DONE), with(parts, Part.STEP_WALK, Part.ROUTINE_DONE));
        };
    }

    /** Someone who came straight back to a step hears how to go back a step, in case they were not ready. */
    private static Part goBackHint(Part... leadIn) {
        return List.of(leadIn).contains(Part.WELCOME_BACK_NEXT) ? Part.GO_BACK_HINT : null;
    }

    private static Part[] with(List<Part> leadIn, Part... more) {
        List<Part> parts = new ArrayList<>(leadIn);
        for (Part part : more) {
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.toArray(Part[]::new);
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
        RoutineState after = state.afterBreathingRound().withQuestion(question);
        return new Reply(after, parts, false, beginsEpisode ? Reply.Effect.BEGINS_EPISODE : Reply.Effect.NONE,
                repromptFor(question));
    }

    private static Reply ask(RoutineState state, Question question, Part... parts) {
        return new Reply(state.withQuestion(question), List.of(parts), false, Reply.Effect.NONE, repromptFor(question));
    }

    private static Reply endWith(RoutineState state, Part... parts) {
        return new Reply(state.withQuestion(Question.NONE), List.of(parts), true);
    }

    private static Reply withEffect(Reply reply, Reply.Effect effect) {
        return new Reply(reply.state(), reply.parts(), reply.endsSession(), effect, reply.reprompt());
    }

    /**
     * What the reprompt says before its words, when nobody answers. Quiet after a round of breathing is someone
     * breathing: the reprompt is another round. Quiet while getting down to the floor is someone still moving: the
     * reprompt waits another minute.
     */
    private static List<Part> repromptFor(Question question) {
        return switch (question) {
            case ANOTHER_ROUND -> List.of(Part.KEEP_BREATHING, Part.BREATHING_ROUND);
            case LYING_DOWN -> List.of(Part.WAITING_LONGER, Part.WAIT_A_MINUTE);
            default -> List.of();
        };
    }
}
