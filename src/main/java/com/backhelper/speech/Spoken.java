package com.backhelper.speech;

/**
 * A finished turn, ready for Alexa: SSML speech, the SSML reprompt (null when the session ends), whether the
 * session ends, when the breathing cues begin and how long they run (for the screen, so its circle moves with the
 * voice), and a card for the Alexa app (null for none).
 *
 * @param breathingStartsAtMillis when the first breathing cue is heard, from the start of the speech; -1 for none
 * @param breathingMillis         how long the breathing cues run, first cue to the end of the last breath
 */
public record Spoken(String speech, String reprompt, boolean endsSession, int breathingStartsAtMillis,
                     int breathingMillis, Cards.Card card) {

    public Spoken {
        if (!endsSession && reprompt == null) {
            throw new IllegalArgumentException("a turn that keeps the microphone open needs a reprompt");
        }
    }

    public Spoken(String speech, String reprompt, boolean endsSession) {
        this(speech, reprompt, endsSession, -1, 0, null);
    }

    public boolean breathes() {
        return breathingStartsAtMillis >= 0;
    }
}
