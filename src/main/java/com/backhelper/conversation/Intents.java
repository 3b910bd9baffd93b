package com.backhelper.conversation;

import java.util.Set;

/** The skill's own intent names, as in src/main/model (and the generated skill-package/interactionModels). */
public final class Intents {

    public static final String EXPLAIN = "ExplainIntent";
    public static final String HELP_ME_NOW = "HelpMeNowIntent";
    public static final String SLOWER = "SlowerIntent";
    public static final String FASTER = "FasterIntent";
    public static final String WHAT_GOES_OUT = "WhatGoesOutIntent";
    public static final String DISC = "DiscIntent";
    public static final String WHY_IT_HURTS = "WhyItHurtsIntent";
    public static final String HOW_LONG = "HowLongIntent";
    public static final String PREVENTION = "PreventionIntent";
    public static final String ICE_OR_HEAT = "IceOrHeatIntent";
    public static final String WHEN_TO_GET_UP = "WhenToGetUpIntent";
    public static final String WHY_BREATHE = "WhyBreatheIntent";
    public static final String AM_I_OKAY = "AmIOkayIntent";
    public static final String GETTING_WORSE = "GettingWorseIntent";
    public static final String MEDICINE = "MedicineIntent";
    public static final String DIAGNOSIS = "DiagnosisIntent";
    public static final String FEELING_BETTER = "FeelingBetterIntent";
    public static final String IS_IT_SERIOUS = "IsItSeriousIntent";
    public static final String FORGET_ME = "ForgetMeIntent";

    // Warning signs: call now (S1), one intent for each kind of answer.
    public static final String SADDLE_NUMBNESS = "SaddleNumbnessIntent";
    public static final String BLADDER_BOWEL = "BladderBowelIntent";
    public static final String LEG_WEAKNESS = "LegWeaknessIntent";
    public static final String CHEST_BREATHING = "ChestBreathingIntent";
    public static final String FEVER = "FeverIntent";
    public static final String INJURY = "InjuryIntent";
    /** See a doctor the same day (S1D): not a call to emergency services. */
    public static final String SAME_DAY_SIGN = "SameDaySignIntent";
    /** "Call an ambulance", "ring my daughter" (S2, S5). */
    public static final String CALL_FOR_HELP = "CallForHelpIntent";

    /** The intents whose answer is "call now" and ends the session (S1). */
    public static final Set<String> CALL_NOW_SIGNS = Set.of(SADDLE_NUMBNESS, BLADDER_BOWEL, LEG_WEAKNESS,
            CHEST_BREATHING, FEVER, INJURY);

    private Intents() {
    }
}
