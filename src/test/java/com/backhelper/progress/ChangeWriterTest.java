package com.backhelper.progress;

import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;
import com.backhelper.testing.InMemoryProgressStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The merge rule on its own, table-sized: changes applied on top of whatever is stored, each exactly once. */
class ChangeWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T21:00:00Z");
    private static final String USER = "amzn1.ask.account.WRITER";

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final ChangeWriter writer = new ChangeWriter(store);

    private static Change rounds(String session, int seq, int added) {
        return new Change(session, seq, NOW, null, null, null, null, added, false);
    }

    private static Progress breathing(int rounds) {
        return new Progress(new RoutineState(Step.BREATHE, Pace.DEFAULT, true, rounds, Question.NONE), NOW, NOW, 0);
    }

    @Test
    void aChangeRetriedAfterItWasApplied_isNotAppliedAgain() {
        StoredProgress first = writer.write(USER, StoredProgress.NONE, List.of(
                new Change("a", 1, NOW, Step.BREATHE, null, true, NOW, 1, true)));
        List<Change> late = List.of(rounds("a", 2, 1));
        writer.write(USER, first, late); // applied; pretend its answer never came
        StoredProgress retried = writer.write(USER, first, late); // conflicts, finds itself, done
        assertEquals(2, retried.progress().routine().rounds());
        assertEquals(2, store.load(USER).orElseThrow().routine().rounds());
    }

    @Test
    void anUnknownBase_isReadFirst_andMergedInto_neverReplaced() {
        store.save(USER, breathing(5).after(breathing(5).routine().withPace(Pace.SLOWEST), false, NOW));
        StoredProgress merged = writer.write(USER, null, List.of(rounds("b", 1, 1)));
        assertEquals(6, merged.progress().routine().rounds());
        assertEquals(Pace.SLOWEST, merged.progress().routine().pace(), "what was stored stays");
    }

    @Test
    void theLatestStepAndPaceWin_roundsAddUp_andANewEpisodeSetsTheCount() {
        Progress stored = breathing(3);
        Progress merged = new StoredProgress(stored, AppliedChanges.NONE).with(List.of(
                new Change("a", 1, NOW, Step.ICE, null, null, null, 2, false),
                new Change("b", 1, NOW, Step.REST, new Pace(4500, 7000), null, null, 1, false))).progress();
        assertEquals(Step.REST, merged.routine().step());
        assertEquals(new Pace(4500, 7000), merged.routine().pace());
        assertEquals(6, merged.routine().rounds());
        Progress fresh = new StoredProgress(merged, AppliedChanges.NONE).with(List.of(
                new Change("c", 1, NOW.plusSeconds(60), Step.BREATHE, null, true, NOW.plusSeconds(60), 1, true)))
                .progress();
        assertEquals(1, fresh.routine().rounds());
        assertEquals(NOW.plusSeconds(60), fresh.episodeStartedAt());
        assertEquals(new Pace(4500, 7000), fresh.routine().pace(), "a new episode keeps the pace");
    }

    @Test
    void anyNumberOfSessions_interleavedWithStaleBases_countEveryRoundOnce() {
        writer.write(USER, StoredProgress.NONE, List.of(
                new Change("start", 1, NOW, Step.BREATHE, null, true, NOW, 1, true)));
        int sessions = 7;
        List<StoredProgress> known = new ArrayList<>();
        List<List<Change>> pending = new ArrayList<>();
        int[] seq = new int[sessions];
        for (int s = 0; s < sessions; s++) {
            known.add(writer.latest(USER));
            pending.add(new ArrayList<>());
        }
        Random random = new Random(7);
        int rounds = 1;
        for (int turn = 0; turn < 300; turn++) {
            int s = random.nextInt(sessions);
            pending.get(s).add(rounds("s" + s, ++seq[s], 1));
            rounds++;
            if (random.nextInt(3) > 0) { // some turns fail to write; their changes wait for the next
                try {
                    known.set(s, writer.write(USER, known.get(s), pending.get(s)));
                    pending.get(s).clear();
                } catch (ProgressConflictException storm) {
                    // kept for later
                }
            }
        }
        for (int s = 0; s < sessions; s++) {
            writer.write(USER, known.get(s), pending.get(s));
        }
        assertEquals(rounds, store.load(USER).orElseThrow().routine().rounds());
    }

    @Test
    void aConflictStorm_isGivenUpOn_afterThreeWrites() {
        ProgressStore alwaysMovedOn = new ProgressStore() {
            @Override
            public java.util.Optional<StoredProgress> read(String userId) {
                return java.util.Optional.of(new StoredProgress(breathing(1).withVersion(1), AppliedChanges.NONE));
            }

            @Override
            public StoredProgress write(String userId, StoredProgress item) {
                throw new ProgressConflictException("another device, again", null);
            }

            @Override
            public void delete(String userId) {
            }
        };
        assertThrows(ProgressConflictException.class,
                () -> new ChangeWriter(alwaysMovedOn).write(USER, null, List.of(rounds("a", 1, 1))));
    }
}
