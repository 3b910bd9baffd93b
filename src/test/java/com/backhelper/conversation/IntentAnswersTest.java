package com.backhelper.conversation;

import com.backhelper.testing.Conversation;
import com.backhelper.testing.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
            "am i going to be okay                       | AmIOkayIntent      | S1 F1 E6",
            "i'm scared                                  | AmIOkayIntent      | S1 F1 E6",
            "it's getting worse                          | GettingWorseIntent | S1 F2 S3",
            "it's not helping                            | GettingWorseIntent | S1 F2 S3",
            "can i take ibuprofen                        | MedicineIntent     | S6 S3",
            "could it be sciatica                        | DiagnosisIntent    | S6 S3",
            "do i need an x ray                          | DiagnosisIntent    | S6 S3",
            "should i go to the er                       | IsItSeriousIntent  | S1 S1D S2 S3",
            "what if i get a fever                       | IsItSeriousIntent  | S1 S2 S3",
            "i have osteoporosis                         | SameDaySignIntent  | S1D",
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

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "my legs are numb                 | LegWeaknessIntent",
            "my foot is dragging              | LegWeaknessIntent",
            "i can't control my bladder       | BladderBowelIntent",
            "i peed myself                    | BladderBowelIntent",
            "i have numbness in my groin      | SaddleNumbnessIntent",
            "i can't feel my bum              | SaddleNumbnessIntent",
            "i've got chest pain              | ChestBreathingIntent",
            "it hurts when i breathe          | ChestBreathingIntent",
            "i'm burning up                   | FeverIntent",
            "i fell down the stairs           | InjuryIntent",
            "i was in a car accident          | InjuryIntent"})
    void aWarningSign_isNamedBack_withTheActionFirst_thenS2AndS5_andEndsSoTheyCanCall(String said, String intent) {
        conversation().user("help me now")
                .user(said).resolvedAs(intent)
                .opensWith("S1")
                .hearsInOrder("S1", "S2", "S5")
                .doesNotHear("R1")
                .endsSession();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"call an ambulance", "call nine one one", "call my husband", "get help", "can you ring my daughter",
            "get someone"})
    void askingForHelp_isS2ThenS5_andEndsSoAlexaHearsTheNextRequest(String said) {
        conversation().user("help me now")
                .user(said).resolvedAs("CallForHelpIntent")
                .opensWith("S2")
                .hearsInOrder("S2", "S5")
                .doesNotHear("S1")
                .endsSession();
    }

    /** S1N: ordinary words that once raised a false emergency get ordinary guidance, and the session goes on. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"i have back pain", "i'm having a back spasm", "i have a heating pad", "i've got a hot water bottle",
            "what if i get a fever", "i have a question", "i can't move", "i had a slipped disc before"})
    void anOrdinaryStatement_isNeverAWarningSign(String said) {
        Conversation person = conversation().user("help me now").user(said);
        assertFalse(Intents.CALL_NOW_SIGNS.contains(person.lastIntent()), said);
        assertNotEquals(Intents.SAME_DAY_SIGN, person.lastIntent(), said);
        assertNotEquals(Intents.CALL_FOR_HELP, person.lastIntent(), said);
        person.doesNotHear("S5");
        assertFalse(person.response().path("response").path("shouldEndSession").asBoolean(false), said);
    }

    /** A custom slot takes any words on a device; words that do not resolve (ER_SUCCESS_NO_MATCH) are no sign. */
    @Test
    void aSlotValueAlexaDidNotResolve_isNeverAWarningSign_butTheSignsAreListed() {
        conversation().user("help me now").user("i can't feel my back pain").resolvedAs("SaddleNumbnessIntent")
                .says("ui.not_sure_sign").hears("S1", "S2").doesNotHear("S5").asks("ui.ask.CARRY_ON");
    }

    @Test
    void aSameDaySign_saysSeeADoctorToday_andTheRoutineStaysAvailable() {
        conversation().user("help me now").user("i've been on steroids for years").resolvedAs("SameDaySignIntent")
                .opensWith("S1D").doesNotHear("S5").asks("ui.ask.CARRY_ON")
                .user("yes").hears("R1");
    }

    @Test
    void feelingBetter_isAcknowledged_andTheRoutineOffersToCarryOn() {
        conversation().user("help me now").user("that helped").resolvedAs("FeelingBetterIntent")
                .says("ui.glad_easing").asks("ui.ask.CARRY_ON");
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
