package com.backhelper.progress;

import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import com.backhelper.routine.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What any progress store must do; each implementation's test extends this and supplies the store. */
abstract class ProgressStoreContract {

    static final Instant EPISODE = Instant.parse("2026-11-24T07:00:00Z");
    static final Instant VISIT = Instant.parse("2026-11-24T07:40:00Z");

    abstract ProgressStore store();

    static String newUser() {
        return "amzn1.ask.account.CONTRACT-" + UUID.randomUUID();
    }

    static Progress icing() {
        return new Progress(new RoutineState(Step.ICE, new Pace(4500, 7000), true, 3, Question.NONE), EPISODE, VISIT, 0);
    }

    @Test
    void nothingStored_loadsAsEmpty() {
        assertEquals(Optional.empty(), store().load(newUser()));
    }

    @Test
    void everyField_roundTrips() {
        String user = newUser();
        Progress saved = store().save(user, icing());
        assertTrue(saved.version() > 0);
        assertEquals(saved, store().load(user).orElseThrow());
        assertEquals(icing().withVersion(saved.version()), saved, "only the version changes on saving");
    }

    @Test
    void noEpisodeYet_roundTripsAsNoEpisode() {
        String user = newUser();
        Progress fresh = new Progress(RoutineState.FRESH.withPace(new Pace(3000, 4000)), null, VISIT, 0);
        Progress saved = store().save(user, fresh);
        assertEquals(saved, store().load(user).orElseThrow());
    }

    @Test
    void eachSave_movesTheVersionOn_andAWriteFromAnOldVersionConflicts() {
        String user = newUser();
        Progress first = store().save(user, icing());
        Progress second = store().save(user, first.after(first.routine().withStep(Step.REST), false, VISIT));
        assertTrue(second.version() > first.version());
        assertThrows(ProgressConflictException.class, () -> store().save(user, first));
        assertEquals(Step.REST, store().load(user).orElseThrow().routine().step(), "the conflicting write changed nothing");
    }

    @Test
    void savingAsNew_whenSomethingIsAlreadyStored_conflicts() {
        String user = newUser();
        store().save(user, icing());
        assertThrows(ProgressConflictException.class, () -> store().save(user, icing()));
    }

    @Test
    void delete_removesEverything_andDeletingNothingIsFine() {
        String user = newUser();
        store().save(user, icing());
        store().delete(user);
        assertEquals(Optional.empty(), store().load(user));
        store().delete(user);
        assertTrue(store().save(user, icing()).version() > 0, "a deleted person can start again");
    }

    @Test
    void twoPeople_neverSeeEachOthersProgress() {
        String one = newUser();
        String two = newUser();
        store().save(one, icing());
        assertEquals(Optional.empty(), store().load(two));
        store().save(two, new Progress(RoutineState.FRESH.withStep(Step.BREATHE), EPISODE, VISIT, 0));
        assertEquals(Step.ICE, store().load(one).orElseThrow().routine().step());
        store().delete(two);
        assertTrue(store().load(one).isPresent());
    }
}
