package com.backhelper.conversation;

import com.backhelper.local.RequestEnvelopes;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Pace;
import com.backhelper.routine.Step;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.DynamoDbCalls;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestClock;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People stop and come back: progress kept in DynamoDB (Local) through the real entry point, with the clock in the
 * test's hands and every DynamoDB call counted.
 */
class ProgressJourneyTest {

    private static final Pace ONE_STEP_SLOWER = Pace.DEFAULT.slower();

    private final TestClock clock = new TestClock();
    private final DynamoDbCalls calls = new DynamoDbCalls();
    private final SkillDriver skill = new SkillDriver(TestSkill.entryPoint(clock, calls));
    private final DynamoDbProgressStore store = TestSkill.store();

    private Progress stored(Conversation person) {
        return store.load(person.userId()).orElseThrow(() -> new AssertionError("nothing stored"));
    }

    /** Help me now, then lying down, then stop: stored at the lying-down step. */
    private Conversation lyingDownThenStop() {
        return conversation(skill, clock)
                .user("help me now").hears("S1", "R1")
                .user("next").hears("R2").asks("ui.ask.LYING_DOWN")
                .user("stop").endsSession();
    }

    @Test
    void afterStop_openingAgain_goesStraightToTheIce_atTheSamePace() {
        Conversation person = conversation(skill, clock)
                .user("help me now").hears("S1", "R1")
                .user("slower").breathesAt(4500, 7000)
                .user("next").hears("R2")
                .user("stop").endsSession()
                .later(Duration.ofMinutes(10))
                .user("open back helper").says("ui.welcome_back_next").hears("R3").asks("ui.ask.OFFER_ICE_TIMER")
                .user("start over").breathesAt(ONE_STEP_SLOWER.inhaleMillis(), ONE_STEP_SLOWER.exhaleMillis())
                .doesNotHear("S1");
        assertEquals(ONE_STEP_SLOWER, stored(person).routine().pace());
    }

    @Test
    void afterTheSessionTimesOut_openingAgain_continuesTheBreathing() {
        Conversation person = conversation(skill)
                .user("help me now").hears("S1")
                .noAnswer().hears("R1")
                .goesQuiet().staysSilent();
        assertEquals(Step.BREATHE, stored(person).routine().step());
        person.user("open back helper").says("ui.welcome_back").hears("R1").doesNotHear("S1").pausesAtLeast(8)
                .asks("ui.ask.ANOTHER_ROUND");
        assertEquals(1, stored(person).routine().rounds(), "the launch's round rides on the session's next write");
        person.goesQuiet();
        assertEquals(2, stored(person).routine().rounds(), "written when the session ended");
    }

    @Test
    void anHourAfterTheEpisodeBegan_openingSuggestsTheWalk_andTheWalkEndsTheRoutine() {
        Conversation person = lyingDownThenStop()
                .later(Duration.ofMinutes(61))
                .user("open back helper").hears("R4", "R5").asks("ui.ask.WALK_NOW")
                .user("yes").hears("R5", "S3").endsSession();
        assertEquals(Step.DONE, stored(person).routine().step());
    }

    @Test
    void lessThanAnHourIn_theWalkIsNotSuggestedYet() {
        lyingDownThenStop()
                .later(Duration.ofMinutes(59))
                .user("open back helper").doesNotHear("R5").hears("R3").asks("ui.ask.OFFER_ICE_TIMER");
    }

    @Test
    void sinceWeLast_isMeasuredFromTheLastVisit_notFromWhenTheEpisodeBegan() {
        // The episode began 22 hours ago, but they were here 11 hours ago: no "it has been a while".
        lyingDownThenStop()
                .later(Duration.ofHours(11))
                .user("open back helper").doesNotHear("S1").asks("ui.ask.WALK_NOW")
                .user("stop")
                .later(Duration.ofHours(11))
                .user("open back helper").asks("ui.ask.WALK_NOW");
    }

    @Test
    void aDayOrMoreLater_openingGivesF3_andYesBreathesAfresh_withTheSafetyLine() {
        Conversation person = lyingDownThenStop()
                .later(Duration.ofHours(26))
                .user("open back helper").says("ui.welcome_back").hears("F3", "S3").asks("ui.ask.DAYS_LATER")
                .user("yes").opensWith("S1").hears("R1");
        assertEquals(clock.instant(), stored(person).episodeStartedAt(), "a new episode begins now");
    }

    @Test
    void aDayOrMoreLater_afterAFinishedRoutine_F3_andNoIsTheWalk() {
        conversation(skill, clock)
                .user("help me now").user("next").user("yes").user("no").user("no").endsSession()
                .later(Duration.ofMinutes(70))
                .user("open back helper").hears("R5", "S3").endsSession()
                .later(Duration.ofDays(2))
                .user("open back helper").hears("F3").asks("ui.ask.DAYS_LATER")
                .user("no").hears("R5").endsSession();
    }

    @Test
    void twoWeeksLater_carryOn_doesNotResumeTheOldEpisode() {
        lyingDownThenStop()
                .later(Duration.ofDays(14))
                .user("ask back helper to carry on").resolvedAs("AMAZON.ResumeIntent").hears("F3")
                .doesNotHear("R3").asks("ui.ask.DAYS_LATER");
    }

    @Test
    void twelveHoursLater_sayingItIsTheSameOne_carriesOn_withoutANewEpisode() {
        Conversation person = lyingDownThenStop();
        Progress before = stored(person);
        person.later(Duration.ofHours(13))
                .user("open back helper").says("ui.long_after").asks("ui.ask.START_FRESH")
                .user("carry on").hears("R3").doesNotHear("S1").asks("ui.ask.OFFER_ICE_TIMER");
        assertEquals(before.episodeStartedAt(), stored(person).episodeStartedAt(), "the same episode");
    }

    @Test
    void twelveHoursLater_openingAsksBeforeStartingFresh_andAFreshStartGivesTheSafetyLineAgain() {
        Conversation person = lyingDownThenStop();
        Progress before = stored(person);
        clock.advance(Duration.ofHours(13));
        person.user("open back helper").says("ui.long_after").asks("ui.ask.START_FRESH");
        assertEquals(Step.LIE_DOWN, stored(person).routine().step(), "nothing is reset before the person says yes");
        person.user("yes").opensWith("S1").hears("R1");
        Progress after = stored(person);
        assertEquals(Step.BREATHE, after.routine().step());
        assertEquals(1, after.routine().rounds());
        assertEquals(clock.instant(), after.episodeStartedAt(), "a new episode begins now");
        assertTrue(after.episodeStartedAt().isAfter(before.episodeStartedAt()));
    }

    @Test
    void twelveHoursLater_sayingNo_carriesOnWhereTheyWere() {
        Conversation person = lyingDownThenStop();
        clock.advance(Duration.ofHours(13));
        person.user("open back helper").asks("ui.ask.START_FRESH")
                .user("no").says("ui.where.LIE_DOWN").asks("ui.ask.CARRY_ON");
    }

    @Test
    void helpMeNow_longAfterTheLastEpisode_startsANewOne_withTheSafetyLine() {
        Conversation person = conversation(skill).user("help me now").user("next");
        clock.advance(Duration.ofHours(20));
        person.user("ask back helper to help me now").opensWith("S1").hears("R1");
    }

    @Test
    void eachVisit_movesTheLastVisitAndTheExpiryForward() {
        Conversation person = conversation(skill).user("help me now").user("stop").endsSession();
        Progress first = stored(person);
        assertEquals(clock.instant(), first.lastVisitAt());
        assertEquals(clock.instant().plus(Duration.ofDays(30)), first.expiresAt());
        clock.advance(Duration.ofDays(3));
        calls.reset();
        person.user("open back helper");
        assertEquals(0, calls.writes(), "a returning person's launch answers after one read; the visit waits");
        assertEquals(first.lastVisitAt(), stored(person).lastVisitAt());
        person.goesQuiet(); // the visit rides on the next write, here the one at the session's end
        Progress later = stored(person);
        assertEquals(clock.instant(), later.lastVisitAt());
        assertEquals(first.expiresAt().plus(Duration.ofDays(3)), later.expiresAt());
    }

    @Test
    void someoneWhoOnlyAsksQuestions_hasNothingStored() {
        Conversation person = conversation(skill).user("open back helper")
                .user("what happens when my back goes out").user("no");
        assertEquals(Optional.empty(), store.load(person.userId()));
    }

    @Test
    void forgetMe_asksFirst_thenDeletesEverything() {
        Conversation person = conversation(skill).user("help me now").user("slower");
        person.user("forget me").asks("ui.ask.CONFIRM_FORGET");
        assertTrue(store.load(person.userId()).isPresent(), "nothing is deleted before the yes");
        person.user("yes").says("ui.forgotten").endsSession();
        assertEquals(Optional.empty(), store.load(person.userId()));
        person.user("open back helper").hears("S3").asks("ui.ask.MENU");
        assertEquals(Optional.empty(), store.load(person.userId()), "opening again stores nothing by itself");
    }

    @Test
    void forgetMe_thenNo_keepsEverything() {
        Conversation person = conversation(skill).user("help me now");
        Progress before = stored(person);
        person.user("delete my data").user("no").says("ui.nothing_forgotten").asks("ui.ask.ANOTHER_ROUND");
        assertEquals(before.routine(), stored(person).routine());
    }

    @Test
    void disablingTheSkill_deletesTheirProgress() {
        Conversation person = conversation(skill).user("help me now").user("next");
        assertTrue(store.load(person.userId()).isPresent());
        skill.send(RequestEnvelopes.skillDisabled(person.userId()));
        assertEquals(Optional.empty(), store.load(person.userId()));
    }

    @Test
    void twoPeople_neverSeeEachOthersProgress() {
        Conversation one = conversation(skill).user("help me now").user("next");
        Conversation two = conversation(skill).user("open back helper").hears("S3").asks("ui.ask.MENU");
        two.user("help me now").opensWith("S1");
        assertEquals(Step.LIE_DOWN, stored(one).routine().step());
        assertEquals(Step.BREATHE, stored(two).routine().step());
    }

    @Test
    void twoDevicesAtOnce_neitherChangeIsLost() {
        Conversation kitchen = conversation(skill).user("help me now").user("no").user("stop"); // lying down
        Conversation bedroom = kitchen.onAnotherDevice(skill);
        // The kitchen's launch moves on to the ice; its next turn writes that.
        kitchen.user("open back helper").asks("ui.ask.OFFER_ICE_TIMER").user("help");
        // The bedroom reads what the kitchen wrote, and moves on a step from there.
        bedroom.user("open back helper").hears("R4").asks("ui.ask.OFFER_WALK_REMINDER").user("help");
        // The kitchen's session still holds the older version: its slower pace conflicts, and is re-applied on top
        // of the bedroom's step.
        kitchen.user("slower");
        Progress merged = stored(kitchen);
        assertEquals(Step.REST, merged.routine().step(), "the bedroom's step");
        assertEquals(ONE_STEP_SLOWER, merged.routine().pace(), "the kitchen's pace");
    }

    @Test
    void eachTurn_makesAtMostOneReadAndOneWrite_andNoWriteWhenNothingChanged() {
        Conversation person = conversation(skill);
        // turn, reads, writes
        expectCalls(() -> person.user("open back helper"), 1, 0);            // a first visit: nothing to keep
        expectCalls(() -> person.user("help me now"), 0, 1);                 // the routine begins
        expectCalls(() -> person.user("help"), 0, 0);                        // nothing changed
        expectCalls(() -> person.user("why breathe slowly"), 0, 0);          // a side question changes nothing kept
        expectCalls(() -> person.user("yes"), 0, 1);                         // another round
        expectCalls(() -> person.user("next"), 0, 1);                        // lying down; a minute's wait
        expectCalls(() -> person.user("stop"), 0, 0);                        // nothing new: no write
        expectCalls(() -> person.user("open back helper"), 1, 0);            // on to the next step, after one read
        expectCalls(() -> person.user("what is it good for"), 0, 1);         // the launch's step rides on this turn
        expectCalls(person::goesQuiet, 0, 0);                                // the session ends: all saved already
        expectCalls(() -> person.user("open back helper"), 1, 0);            // again: one read, the next step
        expectCalls(() -> person.user("yes"), 0, 1);                         // the launch's step, and Alexa asks
                                                                             // for the reminder's permission
        expectCalls(() -> person.user("stop"), 0, 0);                        // nothing new: no write
        expectCalls(person::goesQuiet, 0, 0);                                // all saved already
    }

    private void expectCalls(Runnable turn, int reads, int writes) {
        calls.reset();
        turn.run();
        assertEquals(reads, calls.reads(), "reads");
        assertEquals(writes, calls.writes(), "writes");
    }
}
