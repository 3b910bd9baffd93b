package com.backhelper.conversation;

/** The skill's own intent names, as in skill-package/interactionModels/custom/*.json. */
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
    public static final String IS_IT_SERIOUS = "IsItSeriousIntent";
    public static final String RED_FLAG = "RedFlagIntent";
    public static final String FORGET_ME = "ForgetMeIntent";

    private Intents() {
    }
}
