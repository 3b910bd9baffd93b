package com.backhelper.conversation;

import com.backhelper.routine.Pace;
import com.backhelper.testing.Conversation;
import org.junit.jupiter.api.Test;

import static com.backhelper.testing.Conversation.conversation;

/**
 * The routine as people walk it, one transcript per path, through the real entry point with progress in DynamoDB
 * Local. Each line is what the person says, then what they must hear.
 */
class RoutinePathsTest {

    private static final Pace SLOWER = Pace.DEFAULT.slower();

    /** Help me now, then the lying-down step, which ends the session while the person gets down. */
    private static Conversation lyingDown() {
        return conversation()
                .user("help me now").opensWith("S1").hears("R1").asks("ui.ask.ANOTHER_ROUND")
                .user("next step").hears("R2").says("ui.come_back").endsSession();
    }

    @Test
    void theWholeRoutine_withOnlyShortAnswers() {
        lyingDown()
                .user("open back helper").says("ui.where.LIE_DOWN").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R3", "S4").asks("ui.ask.OFFER_ICE_TIMER")
                .user("no").says("ui.no_alert").says("ui.come_back").endsSession()
                .user("open back helper").says("ui.where.ICE").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R4").asks("ui.ask.OFFER_WALK_REMINDER")
                .user("no").says("ui.come_back").endsSession()
                .user("open back helper").says("ui.where.REST").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R5").endsSession()
                .user("open back helper").says("ui.where.WALK").asks("ui.ask.CARRY_ON")
                .user("yes").hears("S3").says("S3.done").endsSession()
                .user("open back helper").says("ui.welcome_returning").asks("ui.ask.MENU");
    }

    @Test
    void anotherRound_thenNo_movesOnToLyingDown() {
        conversation()
                .user("help me now").pausesAtLeast(8)
                .user("yes").hears("R1").doesNotHear("S1").breathesAt(4000, 6000).asks("ui.ask.ANOTHER_ROUND")
                .user("no").hears("R2").endsSession();
    }

    @Test
    void slowerThenFaster_changesThePaceAndBack() {
        conversation()
                .user("help me now").breathesAt(4000, 6000)
                .user("slow down").says("R1.pace.slower").breathesAt(SLOWER.inhaleMillis(), SLOWER.exhaleMillis())
                .asks("ui.ask.ANOTHER_ROUND")
                .user("that's too slow").says("R1.pace.faster").breathesAt(4000, 6000).asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void goBack_fromLyingDown_returnsToTheBreathing_andFromIce_toLyingDown() {
        lyingDown()
                .user("open back helper").asks("ui.ask.CARRY_ON")
                .user("go back").hears("R1").doesNotHear("S1").asks("ui.ask.ANOTHER_ROUND")
                .user("next").hears("R2").endsSession()
                .user("open back helper").user("yes").hears("R3")
                .user("open back helper").user("go back").hears("R2").doesNotHear("R3");
    }

    @Test
    void goBack_atTheFirstStep_saysSo_andBreathesAgain() {
        conversation().user("help me now")
                .user("go back").says("ui.already_first").hears("R1").asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void repeat_saysTheStepAgain() {
        conversation().user("help me now")
                .user("say that again").says("R1.again").pausesAtLeast(8).asks("ui.ask.ANOTHER_ROUND");
        lyingDown().user("open back helper").user("repeat that").hears("R2").endsSession();
    }

    @Test
    void startOver_midRoutine_beginsTheBreathingAgain_withoutRepeatingTheSafetyLine() {
        lyingDown().user("open back helper").user("yes").hears("R3")
                .user("open back helper").user("start over").says("ui.starting_over").hears("R1").doesNotHear("S1")
                .asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void stop_midStep_saysHowToComeBack_andComingBackContinuesThere() {
        conversation().user("help me now")
                .user("stop").says("ui.goodbye_saved").endsSession()
                .user("open back helper").says("ui.where.BREATHE").asks("ui.ask.CARRY_ON")
                .user("cancel").says("ui.goodbye_saved").endsSession();
    }

    @Test
    void pause_thenOpenAgain_resumes() {
        conversation().user("help me now")
                .user("pause").says("ui.paused").endsSession()
                .user("open back helper").asks("ui.ask.CARRY_ON")
                .user("resume").hears("R1").asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void fallback_midStep_saysWhatCanBeSaidThere_andKeepsTheQuestion() {
        conversation().user("help me now")
                .user("what is the capital of france").resolvedAs("AMAZON.FallbackIntent")
                .says("ui.not_understood").says("ui.help.BREATHE").asks("ui.ask.ANOTHER_ROUND")
                .user("yes").hears("R1").doesNotHear("S1");
        lyingDown().user("open back helper")
                .user("what is the capital of france").says("ui.help.LIE_DOWN").asks("ui.ask.CARRY_ON");
    }

    @Test
    void help_midStep_isAboutThatStep() {
        conversation().user("help me now").user("help").says("ui.help.BREATHE").asks("ui.ask.ANOTHER_ROUND");
        lyingDown().user("open back helper").user("help").says("ui.help.LIE_DOWN").asks("ui.ask.CARRY_ON");
    }

    @Test
    void aFollowUpMidStep_isAnswered_thenTheSkillOffersToReturn_andReturnsThere() {
        conversation().user("help me now")
                .user("should i use ice or heat").hears("R3", "S4").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R1").doesNotHear("S1").asks("ui.ask.ANOTHER_ROUND");
        lyingDown().user("open back helper")
                .user("how long will this last").hears("E6", "R4").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R3").asks("ui.ask.OFFER_ICE_TIMER");
    }

    @Test
    void aFollowUpMidStep_thenNo_offersTheChoicesWithoutLosingThePlace() {
        lyingDown().user("open back helper")
                .user("is this serious").hears("S1", "S2").asks("ui.ask.CARRY_ON")
                .user("no").says("ui.home").asks("ui.ask.MENU")
                .user("stop").says("ui.goodbye_saved")
                .user("open back helper").says("ui.where.LIE_DOWN");
    }
}
