package com.backhelper.conversation;

import com.backhelper.testing.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.backhelper.testing.Conversation.conversation;

/** Each question a person can ask gets the facts CONTENT.md says answer it, and then the next useful offer. */
class IntentAnswersTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "what happens when my back goes out          | ExplainIntent      | E1 E2 E3 E4 E5 E6",
            "did something slip out of place             | WhatGoesOutIntent  | E3 E4",
            "is it a slipped disc                        | DiscIntent         | E3 S1",
            "why can't i move                            | WhyItHurtsIntent   | E4 E5",
            "how long will this last                     | HowLongIntent      | E6 R4 S3",
            "will core exercises stop it                 | PreventionIntent   | P1 P2",
            "should i use ice or heat                    | IceOrHeatIntent    | R3 S4",
            "should i stay in bed                        | WhenToGetUpIntent  | R4 R5",
            "does breathing really help                  | WhyBreatheIntent   | R1",
            "am i going to be okay                       | AmIOkayIntent      | R1 E6",
            "when should i see a doctor                  | IsItSeriousIntent  | S1 S2 S3",
            "is this serious                             | IsItSeriousIntent  | S1 S2 S3",
    })
    void aQuestion_isAnsweredWithItsFacts_thenOffersBreathing(String said, String intent, String facts) {
        conversation().user("open back helper")
                .user(said).resolvedAs(intent)
                .hears(Facts.array(facts))
                .asks("ui.ask.OFFER_ROUTINE");
    }

    @Test
    void theExplanation_givesTheFactsInOrder() {
        conversation().user("what happens when my back goes out")
                .hearsInOrder("E1", "E2", "E3", "E4", "E5", "E6")
                .doesNotHear("S1");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"my legs are numb", "i can't control my bladder", "i have numbness in my groin",
            "i've got chest pain", "i was in a car accident"})
    void aWarningSign_getsTheUrgentAnswerFirst_andEndsSoTheyCanCall(String said) {
        conversation().user("help me now")
                .user(said).resolvedAs("RedFlagIntent")
                .opensWith("S1")
                .hears("S2")
                .says("ui.red_flag_after")
                .endsSession();
    }

    @Test
    void stopAndCancel_endTheSession() {
        conversation().user("open back helper").user("stop").resolvedAs("AMAZON.StopIntent").endsSession();
        conversation().user("help me now").user("cancel").resolvedAs("AMAZON.CancelIntent").endsSession()
                .says("ui.goodbye_saved");
    }

    @Test
    void helpAndFallback_keepTheSessionOpen_withAReprompt() {
        // "Help" with nothing under way is someone asking for help now (issue 13.4): the guidance, not a menu.
        conversation().user("open back helper").user("help").resolvedAs("AMAZON.HelpIntent")
                .opensWith("S1").hears("R1").asks("ui.ask.ANOTHER_ROUND");
        conversation().user("open back helper").user("what's the weather in paris").resolvedAs("AMAZON.FallbackIntent")
                .says("ui.not_understood").asks("ui.ask.MENU");
    }

    @Test
    void navigateHome_returnsToTheStart_withoutForgettingTheStep() {
        conversation().user("help me now").user("go home").resolvedAs("AMAZON.NavigateHomeIntent")
                .says("ui.home").asks("ui.ask.MENU")
                .user("help").says("ui.help.BREATHE");
    }

    @Test
    void yesAndNo_dependOnTheQuestionJustAsked() {
        conversation().user("open back helper").user("yes").hears("S1", "R1").asks("ui.ask.ANOTHER_ROUND");
        conversation().user("open back helper").user("no").says("ui.goodbye").endsSession();
        conversation().user("how long will this last").user("no").says("ui.okay_later").endsSession();
        conversation().user("help me now").user("no").hears("R2").asks("ui.ask.LYING_DOWN");
    }

    @Test
    void theFirstLaunch_welcomesWithTheDisclaimer_andOffersTheTwoMainThings() {
        conversation().user("alexa open back helper").resolvedAs("LaunchRequest")
                .hears("S3").asks("ui.ask.MENU");
    }

    @Test
    void aOneShotRequest_works_asOnADevice() {
        conversation().user("alexa ask back helper what happens when my back goes out").resolvedAs("ExplainIntent")
                .hears("E1", "E6");
        conversation().user("tell back helper to help me now").resolvedAs("HelpMeNowIntent").hears("S1", "R1");
    }
}
