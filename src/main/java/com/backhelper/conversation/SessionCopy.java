package com.backhelper.conversation;

import com.backhelper.progress.Progress;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person's progress as carried in Alexa's session attributes between the turns of one session, so that a
 * session needs one DynamoDB read at most, at its start. Also carries the open question (what "yes" answers) and
 * whether the last write failed (the next turn then tries again).
 *
 * <p>Reading trusts nothing: session attributes come back from the device, so an unknown step, a pace outside the
 * safe bounds or a wrong type makes the copy unusable, and the stored progress is read instead.
 */
record SessionCopy(Progress progress, Question question, boolean unsaved) {

    static final String STEP = "step";
    static final String INHALE = "inhaleMillis";
    static final String EXHALE = "exhaleMillis";
    static final String SAFETY_GIVEN = "safetyGiven";
    static final String ROUNDS = "rounds";
    static final String QUESTION = "question";
    static final String EPISODE_STARTED_AT = "episodeStartedAt";
    static final String LAST_VISIT_AT = "lastVisitAt";
    static final String VERSION = "version";
    static final String UNSAVED = "unsaved";

    RoutineState routine() {
        return progress.routine().withQuestion(question);
    }

    Map<String, Object> encode() {
        RoutineState routine = progress.routine();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(STEP, routine.step().name());
        attributes.put(INHALE, routine.pace().inhaleMillis());
        attributes.put(EXHALE, routine.pace().exhaleMillis());
        attributes.put(SAFETY_GIVEN, routine.safetyGiven());
        attributes.put(ROUNDS, routine.rounds());
        attributes.put(QUESTION, question.name());
        attributes.put(EPISODE_STARTED_AT, epochMillis(progress.episodeStartedAt()));
        attributes.put(LAST_VISIT_AT, epochMillis(progress.lastVisitAt()));
        attributes.put(VERSION, progress.version());
        attributes.put(UNSAVED, unsaved);
        return attributes;
    }

    /** Outcome of reading the session attributes: a usable copy, nothing, or something that cannot be trusted. */
    record Decoded(Optional<SessionCopy> copy, boolean tampered) {
        static final Decoded NOTHING = new Decoded(Optional.empty(), false);
        static final Decoded TAMPERED = new Decoded(Optional.empty(), true);
    }

    static Decoded decode(Map<String, Object> attributes) {
        if (attributes == null || !attributes.containsKey(STEP)) {
            return Decoded.NOTHING;
        }
        try {
            RoutineState routine = RoutineState.restore((String) attributes.get(STEP), number(attributes, INHALE),
                    number(attributes, EXHALE), (Boolean) attributes.get(SAFETY_GIVEN), number(attributes, ROUNDS),
                    (String) attributes.get(QUESTION));
            Progress progress = new Progress(routine, instant(attributes.get(EPISODE_STARTED_AT)),
                    instant(attributes.get(LAST_VISIT_AT)), number(attributes, VERSION));
            return new Decoded(Optional.of(new SessionCopy(progress, routine.question(),
                    Boolean.TRUE.equals(attributes.get(UNSAVED)))), false);
        } catch (RuntimeException unusable) { // ClassCastException, NullPointerException, IllegalArgumentException
            return Decoded.TAMPERED;
        }
    }

    /** The attributes this class writes, and no others (values unchecked: they are decoded when used). */
    static Map<String, Object> onlyOurs(Map<String, Object> attributes) {
        Map<String, Object> ours = new LinkedHashMap<>();
        if (attributes != null) {
            for (String key : List.of(STEP, INHALE, EXHALE, SAFETY_GIVEN, ROUNDS, QUESTION, EPISODE_STARTED_AT,
                    LAST_VISIT_AT, VERSION, UNSAVED)) {
                if (attributes.containsKey(key)) {
                    ours.put(key, attributes.get(key));
                }
            }
        }
        return ours;
    }

    /** True when the attributes carry progress that an earlier turn could not write. */
    static boolean hasUnsaved(Map<String, Object> attributes) {
        return attributes != null && Boolean.TRUE.equals(attributes.get(UNSAVED));
    }

    private static long number(Map<String, Object> attributes, String key) {
        return ((Number) attributes.get(key)).longValue();
    }

    private static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }
}
