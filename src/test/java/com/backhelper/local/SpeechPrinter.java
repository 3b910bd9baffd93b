package com.backhelper.local;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SSML as a person reads it in a terminal: pauses shown as "(pause 4 s)", tags gone, entities back to characters. */
public final class SpeechPrinter {

    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)ms\"/>");

    private SpeechPrinter() {
    }

    public static String readable(String ssml) {
        if (ssml == null || ssml.isEmpty()) {
            return "";
        }
        Matcher pauses = BREAK.matcher(ssml);
        StringBuilder text = new StringBuilder();
        while (pauses.find()) {
            pauses.appendReplacement(text, " (pause " + seconds(Integer.parseInt(pauses.group(1))) + ") ");
        }
        pauses.appendTail(text);
        return text.toString()
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String seconds(int millis) {
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
    }
}
