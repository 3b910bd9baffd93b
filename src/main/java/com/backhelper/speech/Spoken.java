package com.backhelper.speech;

/**
 * A finished turn, ready for Alexa: SSML speech, the SSML reprompt (null when the session ends), and whether the
 * session ends.
 */
public record Spoken(String speech, String reprompt, boolean endsSession) {

    public Spoken {
        if (!endsSession && reprompt == null) {
            throw new IllegalArgumentException("a turn that keeps the microphone open needs a reprompt");
        }
    }
}
