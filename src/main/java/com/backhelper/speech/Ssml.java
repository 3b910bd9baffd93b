package com.backhelper.speech;

import java.util.regex.Pattern;

/**
 * The one place SSML is written. Text is always escaped; pauses are capped at Alexa's 10 seconds; the finished
 * document must fit Alexa's 8,000 characters or {@link #build()} refuses it, because a cut-off safety sentence is
 * worse than an error the exception handler can answer.
 */
public final class Ssml {

    public static final int MAX_PAUSE_MILLIS = 10_000;
    public static final int MAX_CHARACTERS = 8_000;
    /** A calm, slightly slower voice for breathing cues. */
    static final String CALM_RATE = "90%";
    /** A breath's silence is never shorter than this, however long its cue: time to actually breathe. */
    public static final int SHORTEST_BREATH_SILENCE = 1_000;

    private final StringBuilder body = new StringBuilder();
    private final HeardLengths lengths;
    /** How far into the speech a listener is at the end of what is written so far, from measured lengths. */
    private int heardMillis;

    public Ssml() {
        this(HeardLengths.standard());
    }

    public Ssml(HeardLengths lengths) {
        this.lengths = lengths;
    }

    public Ssml say(String text) {
        separate();
        body.append(escape(text));
        heardMillis += lengths.plainMillis(text);
        return this;
    }

    /** Text in a calm, slightly slower voice. */
    public Ssml sayCalmly(String text) {
        separate();
        body.append("<prosody rate=\"").append(CALM_RATE).append("\">").append(escape(text)).append("</prosody>");
        heardMillis += lengths.calmMillis(text);
        return this;
    }

    /**
     * A breath of {@code millis}: a cue in the calm voice, then silence for the rest of it. A person starts the
     * breath as the cue begins, so the cue's own time (as measured from rendered audio) is part of the breath, not
     * added to it.
     */
    public Ssml breath(String cue, int millis) {
        sayCalmly(cue);
        return pause(Math.max(SHORTEST_BREATH_SILENCE, millis - lengths.calmMillis(cue)));
    }

    /** A silence, capped at Alexa's limit; nothing is written for zero or less. */
    public Ssml pause(int millis) {
        int capped = Math.min(millis, MAX_PAUSE_MILLIS);
        if (capped > 0) {
            body.append("<break time=\"").append(capped).append("ms\"/>");
            heardMillis += capped;
        }
        return this;
    }

    /** How long what is written so far takes to hear, by the measured lengths. */
    public int heardMillis() {
        return heardMillis;
    }

    public boolean isEmpty() {
        return body.length() == 0;
    }

    public String build() {
        String ssml = "<speak>" + body + "</speak>";
        if (ssml.length() > MAX_CHARACTERS) {
            throw new IllegalStateException("SSML of " + ssml.length() + " characters is over Alexa's limit");
        }
        return ssml;
    }

    private void separate() {
        if (body.length() > 0 && !endsWithBreak()) {
            body.append(' ');
        }
    }

    private boolean endsWithBreak() {
        return body.length() >= 2 && body.charAt(body.length() - 2) == '/' && body.charAt(body.length() - 1) == '>';
    }

    /**
     * The only three-digit numbers the skill says are the numbers to call (911, 999, 112, 000, 108, NHS 111): said
     * digit by digit, as people say them, never "nine hundred and ninety-nine".
     */
    private static final Pattern NUMBER_TO_CALL = Pattern.compile("\\b(\\d{3})\\b");

    static String escape(String text) {
        return NUMBER_TO_CALL.matcher(escapeCharacters(text)).replaceAll("<say-as interpret-as=\"digits\">$1</say-as>");
    }

    private static String escapeCharacters(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    // Control characters are not allowed in XML 1.0 and mean nothing when spoken.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
