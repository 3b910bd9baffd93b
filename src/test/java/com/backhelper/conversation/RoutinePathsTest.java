package com.backhelper.conversation;

import com.backhelper.routine.Pace;
import com.backhelper.routine.Question;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.Facts;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routine as people walk it, one transcript per path, through the real entry point with progress in DynamoDB
 * Local. Each line is what the person says, then what they must hear.
 */
class RoutinePathsTest {

    private static final Pace SLOWER = Pace.DEFAULT.slower();
    private static final Duration A_MINUTE = Duration.ofSeconds(60);

    /**
     * Help me now, then the lying-down step: a minute's wait in the same session, the question, and when nobody
     * answers, a reprompt that waits another minute and says how to come back. Then the session closes.
     */
    private static Conversation lyingDown() {
        return conversation()
                .user("help me now").opensWith("S1").hears("R1").asks("ui.ask.ANOTHER_ROUND")
                .user("next step").hears("R2").says("ui.wait").silentForAtLeast(A_MINUTE).asks("ui.ask.LYING_DOWN")
                .noAnswer().silentForAtLeast(A_MINUTE).says("ui.reprompt.LYING_DOWN")
                .goesQuiet();
    }

    @Test
    void theWholeRoutine_withOnlyShortAnswers() {
        lyingDown()
                .user("open back helper").says("ui.welcome_back_next").hears("R3", "S4").says("ui.go_back.ICE")
                .asks("ui.ask.OFFER_ICE_TIMER")
                .user("no").says("ui.no_alert").hears("R4").asks("ui.ask.OFFER_WALK_REMINDER")
                .user("no").says("ui.come_back").endsSession()
                .user("open back helper").says("ui.welcome_back_next").hears("R5", "S3").says("S3.done")
                .endsSession()
                .user("open back helper").says("ui.welcome_returning").asks("ui.ask.MENU");
    }

    @Test
    void theWholeRoutine_sayingYesAndNext_takesAtMostThreeInvocationsAndEightUtterances() {
        // First word to last, as a person says it: the skill named only when a session has to begin, and Alexa's
        // own permission questions for the timer and the reminder (a first-time person) answered and counted.
        Conversation person = conversation()
                .user("alexa ask back helper to help me now").opensWith("S1").hears("R1")
                .asks("ui.ask.ANOTHER_ROUND")
                .user("next").hears("R2").silentForAtLeast(A_MINUTE).asks("ui.ask.LYING_DOWN")
                .user("yes").hears("R3", "S4").asks("ui.ask.OFFER_ICE_TIMER")
                .user("yes").answersPermission("no thanks", "DENIED").says("S4.timer_declined").hears("R4")
                .asks("ui.ask.OFFER_WALK_REMINDER")
                .user("yes").answersPermission("no", "DENIED").says("R4.R5.reminder_declined").endsSession()
                .user("alexa open back helper").says("ui.welcome_back_next").hears("R5", "S3").endsSession();
        System.out.printf("whole routine: %d invocations, %d utterances%n", person.invocations(),
                person.utterances());
        assertTrue(person.invocations() <= 3, "invocations: " + person.invocations());
        assertTrue(person.utterances() <= 8, "utterances: " + person.utterances());
    }

    @Test
    void theWholeRoutine_withAnotherRound_andTheAlertsAlreadyAllowed_staysWithinTheLimitsToo() {
        Conversation person = conversation()
                .user("open back helper").asks("ui.ask.MENU")
                .user("yes").opensWith("S1").asks("ui.ask.ANOTHER_ROUND")
                .user("yes").hears("R1").asks("ui.ask.ANOTHER_ROUND")
                .user("next step").hears("R2").asks("ui.ask.LYING_DOWN")
                .user("yes").hears("R3").asks("ui.ask.OFFER_ICE_TIMER")
                .user("no").hears("R4").asks("ui.ask.OFFER_WALK_REMINDER")
                .user("no").endsSession()
                .user("ask back helper for the next step").hears("R5", "S3").endsSession();
        System.out.printf("whole routine, opened first, with another round: %d invocations, %d utterances%n",
                person.invocations(), person.utterances());
        assertTrue(person.invocations() <= 3, "invocations: " + person.invocations());
        assertTrue(person.utterances() <= 8, "utterances: " + person.utterances());
    }

    @Test
    void aOneShotNextStep_goesStraightThere() {
        lyingDown()
                .user("ask back helper for the next step").resolvedAs("AMAZON.NextIntent").hears("R3", "S4")
                .asks("ui.ask.OFFER_ICE_TIMER");
    }

    @Test
    void anotherRound_thenNo_movesOnToLyingDown() {
        conversation()
                .user("help me now").pausesAtLeast(8)
                .user("yes").hears("R1").doesNotHear("S1").breathesAt(4000, 6000).asks("ui.ask.ANOTHER_ROUND")
                .user("no").hears("R2").asks("ui.ask.LYING_DOWN");
    }

    @Test
    void quietAfterABreathingRound_isAnotherRound_endingWithHowToCarryOnAndComeBack() {
        conversation()
                .user("help me now").asks("ui.ask.ANOTHER_ROUND")
                .noAnswer().says("R1.keep_going").breathesAt(4000, 6000).says("ui.reprompt.ANOTHER_ROUND")
                .doesNotHear("S1")
                .goesQuiet()
                .user("open back helper").says("ui.welcome_back").hears("R1").breathesAt(4000, 6000)
                .asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void everyReprompt_saysWhatToSayNext_andHowToStop_neverTheQuestionAgain() {
        for (Question question : Question.values()) {
            if (question == Question.NONE) {
                continue;
            }
            String reprompt = Facts.catalogue().text("ui.reprompt." + question);
            String asked = Facts.catalogue().text("ui.ask." + question);
            assertNotEquals(asked, reprompt, question.name());
            assertFalse(reprompt.contains("Say yes or no"), question + ": " + reprompt);
            // Saying no to "delete my progress?" is the safe way out; everywhere else, stop.
            String wayOut = question == Question.CONFIRM_FORGET ? "say no" : "say stop";
            assertTrue(reprompt.contains(wayOut), question + " needs " + wayOut + ": " + reprompt);
        }
    }

    @Test
    void aQuestionNobodyAnswered_thenComingBack_goesOnFromWhereTheyWere() {
        lyingDown()
                .user("open back helper").hears("R3").asks("ui.ask.OFFER_ICE_TIMER")
                .noAnswer().says("ui.reprompt.OFFER_ICE_TIMER").goesQuiet()
                .user("open back helper").says("ui.welcome_back_next").hears("R4").asks("ui.ask.OFFER_WALK_REMINDER");
    }

    @Test
    void giveMeAMinute_waitsAMinute_andAsksOneShortQuestion_andHoldOnNeverEndsTheSession() {
        conversation()
                .user("help me now")
                .user("give me a minute").says("ui.wait").silentForAtLeast(A_MINUTE).says("ui.still_here")
                .asks("ui.ask.ANOTHER_ROUND")
                .user("hold on").says("ui.wait").silentForAtLeast(A_MINUTE).asks("ui.ask.ANOTHER_ROUND")
                .user("yes").hears("R1").doesNotHear("S1");
    }

    @Test
    void notLyingDownYet_waitsLonger_andGoBack_breathesMore() {
        conversation()
                .user("help me now").user("next").asks("ui.ask.LYING_DOWN")
                .user("no").says("ui.wait_longer").silentForAtLeast(A_MINUTE).asks("ui.ask.LYING_DOWN")
                .user("go back").hears("R1").doesNotHear("S1").asks("ui.ask.ANOTHER_ROUND");
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
    void goBack_fromIce_returnsToLyingDown_andFromThere_toTheBreathing() {
        lyingDown()
                .user("open back helper").hears("R3")
                .user("go back").hears("R2").doesNotHear("R3").asks("ui.ask.LYING_DOWN")
                .user("go back").hears("R1").doesNotHear("S1").asks("ui.ask.ANOTHER_ROUND");
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
        lyingDown().user("open back helper").user("repeat that").hears("R3").asks("ui.ask.OFFER_ICE_TIMER");
    }

    @Test
    void startOver_midRoutine_beginsTheBreathingAgain_withoutRepeatingTheSafetyLine() {
        lyingDown().user("open back helper").hears("R3")
                .user("start over").says("ui.starting_over").hears("R1").doesNotHear("S1")
                .asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void stop_midStep_saysHowToComeBack_andComingBackContinuesThere() {
        conversation().user("help me now")
                .user("stop").says("ui.goodbye_saved").endsSession()
                .user("open back helper").says("ui.welcome_back").hears("R1").asks("ui.ask.ANOTHER_ROUND")
                .user("cancel").says("ui.goodbye_saved").endsSession();
    }

    @Test
    void fallback_duringAnEpisode_addsTheWarningSigns_andKeepsTheQuestion() {
        conversation().user("help me now")
                .user("what is the capital of france").resolvedAs("AMAZON.FallbackIntent")
                .says("ui.not_understood").hears("S1").says("S1.S2.fallback_line").asks("ui.ask.ANOTHER_ROUND")
                .user("yes").hears("R1").doesNotHear("S1");
        lyingDown().user("open back helper")
                .user("what is the capital of france").says("S1.S2.fallback_line").asks("ui.ask.OFFER_ICE_TIMER");
    }

    @Test
    void fallback_withNothingUnderWay_saysWhatCanBeSaid() {
        conversation().user("open back helper")
                .user("what is the capital of france").says("ui.not_understood").says("ui.help.NOT_STARTED")
                .doesNotHear("S1").asks("ui.ask.MENU");
    }

    @Test
    void helpMe_withNothingUnderWay_isHelpNow() {
        conversation().user("open back helper").user("help").resolvedAs("AMAZON.HelpIntent")
                .opensWith("S1").hears("R1").asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void help_midStep_isAboutThatStep() {
        conversation().user("help me now").user("help").says("ui.help.BREATHE").asks("ui.ask.ANOTHER_ROUND");
        lyingDown().user("open back helper").user("help").says("ui.help.ICE").asks("ui.ask.OFFER_ICE_TIMER");
    }

    @Test
    void aFollowUpMidStep_isAnswered_thenTheSkillOffersToReturn_andReturnsThere() {
        conversation().user("help me now")
                .user("should i use ice or heat").hears("R3", "S4").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R1").doesNotHear("S1").asks("ui.ask.ANOTHER_ROUND");
        lyingDown().user("open back helper")
                .user("how long will this last").hears("E6", "R4").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R4").asks("ui.ask.OFFER_WALK_REMINDER");
    }

    @Test
    void aFollowUpMidStep_thenNo_offersTheChoicesWithoutLosingThePlace() {
        lyingDown().user("open back helper")
                .user("is this serious").hears("S1", "S2").asks("ui.ask.CARRY_ON")
                .user("no").says("ui.home").asks("ui.ask.MENU")
                .user("stop").says("ui.goodbye_saved")
                .user("open back helper").says("ui.welcome_back_next").hears("R4");
    }
}
