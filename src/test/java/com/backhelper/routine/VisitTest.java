package com.backhelper.routine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VisitTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @ParameterizedTest(name = "{0} at {1}, episode {2} min ago, last visit {3} min ago -> {4}")
    @CsvSource({
            // asked, step,   episode began (minutes ago), last visit (minutes ago), becomes
            "LAUNCH,  LIE_DOWN, 10,    10,   LAUNCH",
            "LAUNCH,  LIE_DOWN, 61,    30,   LAUNCH_WALK_DUE",
            "LAUNCH,  LIE_DOWN, 800,   721,  LAUNCH_LONG_AFTER",
            // "since we last" is the last visit: an old episode visited an hour ago is not a long gap.
            "LAUNCH,  LIE_DOWN, 800,   60,   LAUNCH_WALK_DUE",
            "LAUNCH,  LIE_DOWN, 1440,  60,   LAUNCH_DAYS_LATER",
            "LAUNCH,  DONE,     1500,  1500, LAUNCH_DAYS_LATER",
            "LAUNCH,  DONE,     800,   800,  LAUNCH",
            "LAUNCH,  NOT_STARTED, 5000, 5000, LAUNCH",
            "START,   BREATHE,  30,    5,    START",
            "START,   BREATHE,  800,   721,  START_AFRESH",
            "START,   BREATHE,  1500,  10,   START_AFRESH",
            "RESUME,  ICE,      800,   721,  LAUNCH_LONG_AFTER",
            "NEXT,    ICE,      20000, 20000, LAUNCH_DAYS_LATER",
            "NEXT,    ICE,      30,    1,    NEXT",
            "REPEAT,  DONE,     800,   721,  REPEAT",
            "STOP,    ICE,      20000, 20000, STOP",
            "SLOWER,  ICE,      20000, 20000, SLOWER",
    })
    void timeChangesWhatACommandMeans(Command asked, Step step, long episodeMinutes, long visitMinutes,
                                      Command becomes) {
        Visit visit = new Visit(NOW.minus(Duration.ofMinutes(episodeMinutes)),
                NOW.minus(Duration.ofMinutes(visitMinutes)), NOW);
        RoutineState state = new RoutineState(step, Pace.DEFAULT, true, 1, Question.NONE);
        assertEquals(becomes, visit.inTime(asked, state));
    }

    @ParameterizedTest
    @CsvSource({"LAUNCH", "START", "NEXT"})
    void withNoEpisodeYet_nothingChanges(Command asked) {
        Visit visit = new Visit(null, null, NOW);
        assertEquals(asked, visit.inTime(asked, RoutineState.FRESH));
    }
}
