package com.backhelper.local;

import java.util.Map;

/**
 * What a typed line means, as Alexa would hear it: open the skill, or an intent with its slot values.
 *
 * @param opensSkill the line named the skill ("open back helper", "ask back helper to ..."), so a new session starts
 */
public record Utterance(String intentName, Map<String, String> slots, boolean opensSkill) {

    public static Utterance launch() {
        return new Utterance(null, Map.of(), true);
    }

    /** An intent with no slots, said within the session (or starting one if none is open). */
    public static Utterance intent(String intentName) {
        return new Utterance(intentName, Map.of(), false);
    }

    public boolean isLaunch() {
        return intentName == null;
    }
}
