package com.backhelper.conversation;

import com.backhelper.progress.AppliedChanges;
import com.backhelper.progress.Change;
import com.backhelper.progress.Progress;
import com.backhelper.progress.StoredProgress;
import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a session carries between its turns in Alexa's session attributes, so that a session reads DynamoDB once at
 * most: the item as last confirmed by DynamoDB ({@code base}, or none when the read failed), this session's changes
 * DynamoDB has not yet confirmed ({@code pending}, re-applied on top of whatever is stored when a write succeeds),
 * how many changes this session has made, and the open question (what "yes" answers).
 *
 * <p>Reading trusts nothing, since the attributes come back from the device: every value must have its type and lie
 * within its bounds (steps and questions from their enums, paces within their limits, instants within a sane window,
 * small counts, short strings), or the whole copy is ignored and what is stored is read instead. Nothing of what
 * came in is ever sent back: each turn writes its own copy.
 */
record SessionCopy(StoredProgress base, boolean baseKnown, List<Change> pending, int changesMade, Question question) {

    /** Changes kept while DynamoDB cannot take them: far more than a session has turns, and about 3 KB at most. */
    static final int MOST_PENDING = 40;
    static final int MOST_ROUNDS = 1_000;
    static final int MOST_CHANGES = 1_000;
    static final long MOST_VERSION = 1_000_000_000L;
    static final int LONGEST_STRING = 40;
    static final int MOST_MARKS = 16;
    /** The earliest instant a copy may name; nothing was stored before the skill existed. */
    static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");
    /** Clocks differ a little; a time further ahead than this was not written by us. */
    static final Duration CLOCK_SLACK = Duration.ofDays(1);

    static final SessionCopy NOTHING_STORED = new SessionCopy(StoredProgress.NONE, true, List.of(), 0, Question.NONE);

    SessionCopy {
        pending = List.copyOf(pending);
    }

    /** A session whose read failed: nothing is known of what is stored, so nothing will ever replace it. */
    static SessionCopy unknownBase() {
        return new SessionCopy(StoredProgress.NONE, false, List.of(), 0, Question.NONE);
    }

    static SessionCopy of(StoredProgress stored) {
        return new SessionCopy(stored, true, List.of(), 0, Question.NONE);
    }

    /** Where the person is: what was stored, with this session's changes on top. */
    Progress view() {
        return base.with(pending).progress();
    }

    SessionCopy withChange(Change change, Question newQuestion) {
        List<Change> more = new ArrayList<>(pending);
        more.add(change);
        return new SessionCopy(base, baseKnown, more, change.seq(), newQuestion);
    }

    SessionCopy withQuestion(Question newQuestion) {
        return new SessionCopy(base, baseKnown, pending, changesMade, newQuestion);
    }

    /** DynamoDB confirmed everything: the stored item is the new base. */
    SessionCopy confirmed(StoredProgress stored) {
        return new SessionCopy(stored, true, List.of(), changesMade, question);
    }

    /** The oldest changes beyond {@link #MOST_PENDING}, which no longer fit and are given up. */
    List<Change> overflow() {
        return pending.size() <= MOST_PENDING ? List.of() : pending.subList(0, pending.size() - MOST_PENDING);
    }

    SessionCopy withoutOverflow() {
        List<Change> kept = pending.subList(pending.size() - Math.min(MOST_PENDING, pending.size()), pending.size());
        return new SessionCopy(base, baseKnown, kept, changesMade, question);
    }

    // ---- encoding ---------------------------------------------------------------------------------------------

    private static final String STEP = "step";
    private static final String INHALE = "inhaleMillis";
    private static final String EXHALE = "exhaleMillis";
    private static final String SAFETY_GIVEN = "safetyGiven";
    private static final String ROUNDS = "rounds";
    private static final String EPISODE_STARTED_AT = "episodeStartedAt";
    private static final String LAST_VISIT_AT = "lastVisitAt";
    private static final String VERSION = "version";
    private static final String BASE_KNOWN = "baseKnown";
    private static final String APPLIED = "applied";
    private static final String PENDING = "pending";
    private static final String CHANGES_MADE = "changesMade";
    private static final String QUESTION = "question";
    // one pending change, in short keys: it is sent to and from the device on every turn
    private static final String SEQ = "n";
    private static final String AT = "at";
    private static final String EPISODE = "ep";
    private static final String SETS_ROUNDS = "set";

    Map<String, Object> encode() {
        Progress stored = base.progress();
        RoutineState routine = stored.routine();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(STEP, routine.step().name());
        attributes.put(INHALE, routine.pace().inhaleMillis());
        attributes.put(EXHALE, routine.pace().exhaleMillis());
        attributes.put(SAFETY_GIVEN, routine.safetyGiven());
        attributes.put(ROUNDS, routine.rounds());
        attributes.put(EPISODE_STARTED_AT, epochMillis(stored.episodeStartedAt()));
        attributes.put(LAST_VISIT_AT, epochMillis(stored.lastVisitAt()));
        attributes.put(VERSION, stored.version());
        attributes.put(BASE_KNOWN, baseKnown);
        attributes.put(APPLIED, base.applied().encode());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Change change : pending) {
            Map<String, Object> encoded = new LinkedHashMap<>();
            encoded.put(SEQ, change.seq());
            encoded.put(AT, change.at().toEpochMilli());
            if (change.step() != null) {
                encoded.put(STEP, change.step().name());
            }
            if (change.pace() != null) {
                encoded.put(INHALE, change.pace().inhaleMillis());
                encoded.put(EXHALE, change.pace().exhaleMillis());
            }
            if (change.safetyGiven() != null) {
                encoded.put(SAFETY_GIVEN, change.safetyGiven());
            }
            if (change.episodeStartedAt() != null) {
                encoded.put(EPISODE, change.episodeStartedAt().toEpochMilli());
            }
            encoded.put(ROUNDS, change.rounds());
            encoded.put(SETS_ROUNDS, change.setsRounds());
            changes.add(encoded);
        }
        attributes.put(PENDING, changes);
        attributes.put(CHANGES_MADE, changesMade);
        attributes.put(QUESTION, question.name());
        return attributes;
    }

    /** Outcome of reading the session attributes: a usable copy, nothing, or something that cannot be trusted. */
    record Decoded(Optional<SessionCopy> copy, boolean tampered) {
        static final Decoded NOTHING = new Decoded(Optional.empty(), false);
        static final Decoded TAMPERED = new Decoded(Optional.empty(), true);
    }

    /**
     * @param session the tag of this session: its pending changes are its own
     * @param now     the time now, which bounds every instant
     */
    static Decoded decode(Map<String, Object> attributes, String session, Instant now) {
        if (attributes == null || attributes.isEmpty()) {
            return Decoded.NOTHING;
        }
        try {
            Values values = new Values(now);
            RoutineState routine = new RoutineState(
                    values.step(attributes.get(STEP)),
                    values.pace(attributes.get(INHALE), attributes.get(EXHALE)),
                    values.flag(attributes.get(SAFETY_GIVEN)),
                    values.count(attributes.get(ROUNDS), MOST_ROUNDS),
                    Question.NONE);
            Progress stored = new Progress(routine, values.instantOrNull(attributes.get(EPISODE_STARTED_AT)),
                    values.instantOrNull(attributes.get(LAST_VISIT_AT)), values.version(attributes.get(VERSION)));
            AppliedChanges applied = AppliedChanges.decode(values.strings(attributes.get(APPLIED), MOST_MARKS));
            List<Change> pending = new ArrayList<>();
            for (Object item : values.list(attributes.get(PENDING), MOST_PENDING)) {
                pending.add(values.change(item, session));
            }
            int changesMade = values.count(attributes.get(CHANGES_MADE), MOST_CHANGES);
            if (!pending.isEmpty() && pending.get(pending.size() - 1).seq() > changesMade) {
                throw new IllegalArgumentException("a change numbered beyond the changes made");
            }
            return new Decoded(Optional.of(new SessionCopy(new StoredProgress(stored, applied),
                    values.flag(attributes.get(BASE_KNOWN)), pending, changesMade,
                    values.question(attributes.get(QUESTION)))), false);
        } catch (RuntimeException unusable) { // a wrong type, a missing value, or one out of bounds
            return Decoded.TAMPERED;
        }
    }

    /** Typed, bounded reads of untrusted values; anything else throws. */
    private record Values(Instant now) {

        Step step(Object value) {
            return Step.valueOf(string(value));
        }

        Question question(Object value) {
            return Question.valueOf(string(value));
        }

        Pace pace(Object inhale, Object exhale) {
            long in = number(inhale, Pace.MIN_INHALE, Pace.MAX_INHALE);
            long out = number(exhale, Pace.MIN_EXHALE, Pace.MAX_EXHALE);
            return new Pace((int) in, (int) out); // throws if the out-breath is the shorter
        }

        boolean flag(Object value) {
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw new IllegalArgumentException("not a flag");
        }

        int count(Object value, int most) {
            return (int) number(value, 0, most);
        }

        long version(Object value) {
            return number(value, 0, MOST_VERSION);
        }

        Instant instant(Object value) {
            long millis = number(value, EARLIEST.toEpochMilli(), now.plus(CLOCK_SLACK).toEpochMilli());
            return Instant.ofEpochMilli(millis);
        }

        Instant instantOrNull(Object value) {
            return value == null ? null : instant(value);
        }

        String string(Object value) {
            if (value instanceof String text && text.length() <= LONGEST_STRING) {
                return text;
            }
            throw new IllegalArgumentException("not a short string");
        }

        List<?> list(Object value, int most) {
            if (value instanceof List<?> list && list.size() <= most) {
                return list;
            }
            throw new IllegalArgumentException("not a short list");
        }

        List<String> strings(Object value, int most) {
            List<String> strings = new ArrayList<>();
            for (Object item : list(value, most)) {
                strings.add(string(item));
            }
            return strings;
        }

        Change change(Object value, String session) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("not a change");
            }
            return new Change(session, (int) number(map.get(SEQ), 1, MOST_CHANGES), instant(map.get(AT)),
                    map.get(STEP) == null ? null : step(map.get(STEP)),
                    map.get(INHALE) == null && map.get(EXHALE) == null ? null : pace(map.get(INHALE), map.get(EXHALE)),
                    map.get(SAFETY_GIVEN) == null ? null : flag(map.get(SAFETY_GIVEN)),
                    instantOrNull(map.get(EPISODE)),
                    count(map.get(ROUNDS), MOST_ROUNDS),
                    flag(map.get(SETS_ROUNDS)));
        }

        /** A whole number within the bounds: JSON numbers arrive as Integer, Long or (if written so) Double. */
        private static long number(Object value, long least, long most) {
            if (!(value instanceof Integer || value instanceof Long)) {
                throw new IllegalArgumentException("not a whole number");
            }
            long number = ((Number) value).longValue();
            if (number < least || number > most) {
                throw new IllegalArgumentException("out of bounds: " + number);
            }
            return number;
        }
    }

    private static Long epochMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
