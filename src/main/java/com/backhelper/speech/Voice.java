package com.backhelper.speech;

import com.backhelper.routine.Pace;
import com.backhelper.routine.Part;
import com.backhelper.routine.Question;
import com.backhelper.routine.Reply;
import com.backhelper.routine.Routine;
import com.backhelper.routine.Step;

import java.util.Comparator;
import java.util.List;

/**
 * Turns what the skill means to say into SSML: answer keys first, then the routine's parts, then its question with
 * a reprompt. This is the only class that knows which catalogue key says which part.
 */
public final class Voice {

    private final SpeechCatalogue catalogue;
    private final HeardLengths lengths;

    public Voice(SpeechCatalogue catalogue) {
        this(catalogue, HeardLengths.standard());
    }

    public Voice(SpeechCatalogue catalogue, HeardLengths lengths) {
        this.catalogue = catalogue;
        this.lengths = lengths;
    }

    /**
     * An answer (by catalogue keys) followed by the routine's reply, usually its offer of what to do next. A card
     * for the Alexa app goes with it when {@link Cards} has one for this turn.
     */
    public Spoken speak(List<String> answerKeys, Reply reply) {
        Ssml ssml = new Ssml(lengths);
        answerKeys.forEach(key -> ssml.say(catalogue.text(key)));
        String mention = Cards.mentionKey(answerKeys);
        if (mention != null) {
            ssml.say(catalogue.text(mention));
        }
        // The state already counts this round, so the round being spoken is rounds - 1; the reprompt's is the next.
        int round = Math.max(0, reply.state().rounds() - 1);
        int breathingStarts = -1;
        int breathingMillis = 0;
        for (Part part : reply.parts()) {
            int start = ssml.heardMillis();
            say(ssml, part, reply, round);
            if (part == Part.BREATHING_ROUND) {
                breathingStarts = breathingStarts < 0 ? start : breathingStarts;
                breathingMillis += ssml.heardMillis() - start;
            }
        }
        Cards.Card card = Cards.forTurn(answerKeys, reply, catalogue);
        if (reply.endsSession()) {
            return new Spoken(ssml.build(), null, true, breathingStarts, breathingMillis, card);
        }
        Question question = reply.question();
        ssml.say(catalogue.text("ui.ask." + question.name()));
        Ssml reprompt = new Ssml(lengths);
        reply.reprompt().forEach(part -> say(reprompt, part, reply, round + 1));
        reprompt.say(catalogue.text("ui.reprompt." + question.name()));
        return new Spoken(ssml.build(), reprompt.build(), false, breathingStarts, breathingMillis, card);
    }

    private void say(Ssml ssml, Part part, Reply reply, int round) {
        switch (part) {
            case BREATHING_ROUND -> breathingRound(ssml, reply.state().pace(), round);
            case WAIT_A_MINUTE -> silence(ssml, Routine.WAIT_MILLIS);
            default -> keysFor(part, reply.state().step(), reply.parts())
                    .forEach(key -> ssml.say(catalogue.text(key)));
        }
    }

    /** A long silence as pauses of at most Alexa's limit each. */
    private static void silence(Ssml ssml, int millis) {
        for (int left = millis; left > 0; left -= Ssml.MAX_PAUSE_MILLIS) {
            ssml.pause(Math.min(left, Ssml.MAX_PAUSE_MILLIS));
        }
    }

    public Spoken speak(Reply reply) {
        return speak(List.of(), reply);
    }

    /** Words that end the session, with no routine involved (the red-flag answer). */
    public Spoken sayAndEnd(List<String> keys) {
        Ssml ssml = new Ssml();
        keys.forEach(key -> ssml.say(catalogue.text(key)));
        return new Spoken(ssml.build(), null, true);
    }

    /** Words that keep the session open with a reprompt, with no routine involved (the error answer). */
    public Spoken sayAndListen(List<String> keys, String repromptKey) {
        Ssml ssml = new Ssml();
        keys.forEach(key -> ssml.say(catalogue.text(key)));
        return new Spoken(ssml.build(), new Ssml().say(catalogue.text(repromptKey)).build(), false);
    }

    /**
     * Paced breaths: a cue and a silence for the in-breath, a cue and a silence for the out-breath, each as long as
     * the pace says when heard. Cues rotate with the round so that no two rounds sound the same, and only cues that
     * leave at least {@link Ssml#SHORTEST_BREATH_SILENCE} of quiet in their phase are used: at a quick pace the long
     * cues drop out, so the person always has time to breathe, and the phase stays exactly the pace.
     */
    private void breathingRound(Ssml ssml, Pace pace, int round) {
        List<String> inCues = cuesThatFit("R1.cue.in", pace.inhaleMillis());
        List<String> outCues = cuesThatFit("R1.cue.out", pace.exhaleMillis());
        int breaths = pace.breathsPerRound();
        for (int i = 0; i < breaths; i++) {
            int n = round * breaths + i;
            ssml.breath(inCues.get(n % inCues.size()), pace.inhaleMillis());
            ssml.breath(outCues.get(n % outCues.size()), pace.exhaleMillis());
        }
    }

    /** The cues of a key that fit a phase with a second to spare; the shortest one if none does. */
    List<String> cuesThatFit(String key, int phaseMillis) {
        List<String> all = catalogue.variants(key);
        List<String> fitting = all.stream()
                .filter(cue -> lengths.calmMillis(cue) + Ssml.SHORTEST_BREATH_SILENCE <= phaseMillis).toList();
        if (!fitting.isEmpty()) {
            return fitting;
        }
        return List.of(all.stream().min(Comparator.comparingInt(lengths::calmMillis)).orElseThrow());
    }

    private static List<String> keysFor(Part part, Step step, List<Part> parts) {
        return switch (part) {
            case SAFETY_LINE -> List.of("S1.S2.safety_line");
            // With the safety line (the first breathing of an episode), one calming sentence; later, a few words,
            // so the first cue comes within seconds.
            case BREATHING_INTRO -> List.of(parts.contains(Part.SAFETY_LINE) ? "R1.intro" : "R1.intro_short");
            case BREATHING_AGAIN -> List.of("R1.again");
            case KEEP_BREATHING -> List.of("R1.keep_going");
            case BREATHING_ROUND, WAIT_A_MINUTE -> List.of();
            case PACE_SLOWER -> List.of("R1.pace.slower");
            case PACE_FASTER -> List.of("R1.pace.faster");
            case PACE_SLOWEST_ALREADY -> List.of("R1.pace.slowest");
            case PACE_FASTEST_ALREADY -> List.of("R1.pace.fastest");
            case STEP_LIE_DOWN -> List.of("R2.step");
            case STEP_ICE -> List.of("R3.step", "S4.step");
            case STEP_REST -> List.of("R4.step");
            case STEP_WALK -> List.of("R5.step");
            case COME_BACK_LATER -> List.of("ui.come_back");
            case NO_ALERT -> List.of("ui.no_alert");
            case ROUTINE_DONE -> List.of("S3.done");
            case ALREADY_FIRST_STEP -> List.of("ui.already_first");
            case ALREADY_DONE -> List.of("ui.already_done");
            case STARTING_OVER -> List.of("ui.starting_over");
            case WAITING -> List.of("ui.wait");
            case WAITING_LONGER -> List.of("ui.wait_longer");
            case STILL_HERE -> List.of("ui.still_here");
            case WELCOME_FIRST -> List.of("S3.welcome");
            case WELCOME_RETURNING -> List.of("ui.welcome_returning");
            case WELCOME_BACK -> List.of("ui.welcome_back");
            case WELCOME_BACK_NEXT -> List.of("ui.welcome_back_next");
            case GO_BACK_HINT -> List.of("ui.go_back." + step.name());
            case WHERE_YOU_WERE -> List.of("ui.where." + step.name());
            case WALK_DUE -> List.of("R4.R5.walk_due");
            case LONG_AFTER -> List.of("ui.long_after");
            case DAYS_LATER -> List.of("F3.S3.days_later");
            case FORGOTTEN -> List.of("ui.forgotten");
            case NOTHING_FORGOTTEN -> List.of("ui.nothing_forgotten");
            case HOME -> List.of("ui.home");
            case HELP_HERE -> List.of("ui.help." + step.name());
            case NOT_UNDERSTOOD -> List.of("ui.not_understood");
            case SAFETY_REMINDER -> List.of("S1.S2.fallback_line");
            case NOTHING_TO_ANSWER -> List.of("ui.nothing_to_answer");
            case OKAY_LATER -> List.of("ui.okay_later");
            case GOODBYE -> List.of("ui.goodbye");
            case GOODBYE_SAVED -> List.of("ui.goodbye_saved");
        };
    }
}
