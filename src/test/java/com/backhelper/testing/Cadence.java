package com.backhelper.testing;

import com.backhelper.local.SpeechPrinter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The breathing a listener gets from a response, worked out from what they hear: each breath is its spoken cue
 * (at a calm 135 words a minute, Alexa's usual 150 at the 90% rate the skill asks for) plus the silence after it.
 * Read from the response as the local run prints it, so the same measure works on SSML and on terminal output.
 */
public record Cadence(List<Long> inhales, List<Long> exhales) {

    /** 60 s / 135 words. */
    static final double MILLIS_PER_CALM_WORD = 60_000.0 / 135;
    private static final Pattern PAUSE = Pattern.compile("\\(pause ([0-9.]+) s\\)");

    /** From SSML. */
    public static Cadence ofSsml(String ssml) {
        return ofReadable(SpeechPrinter.readable(ssml));
    }

    /**
     * From readable text: the words before each pause are that breath's cue. The first breath is left out, because
     * the words before it also hold the lead-in ("Let's breathe slowly together...").
     */
    public static Cadence ofReadable(String text) {
        List<Long> inhales = new ArrayList<>();
        List<Long> exhales = new ArrayList<>();
        Matcher pause = PAUSE.matcher(text);
        int segmentStart = 0;
        int index = 0;
        while (pause.find()) {
            String cue = text.substring(segmentStart, pause.start()).strip();
            long millis = Math.round(Double.parseDouble(pause.group(1)) * 1000 + words(cue) * MILLIS_PER_CALM_WORD);
            if (index > 0) {
                (index % 2 == 0 ? inhales : exhales).add(millis);
            }
            segmentStart = pause.end();
            index++;
        }
        return new Cadence(List.copyOf(inhales), List.copyOf(exhales));
    }

    private static int words(String cue) {
        return cue.isEmpty() ? 0 : cue.split("\\s+").length;
    }

    /** Every breath has one out-breath (the first in-breath is the one left out). */
    public int breaths() {
        return exhales.size();
    }

    public double meanInhaleMillis() {
        return inhales.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    public double meanExhaleMillis() {
        return exhales.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    public double breathsPerMinute() {
        return 60_000 / (meanInhaleMillis() + meanExhaleMillis());
    }

    /** Out-breath over in-breath: above 1 means the exhale is the longer. */
    public double outToIn() {
        return meanExhaleMillis() / meanInhaleMillis();
    }

    /** The longest gap between a breath's length and the pace's, in milliseconds. */
    public long worstMissFrom(long inhaleMillis, long exhaleMillis) {
        long worst = 0;
        for (long in : inhales) {
            worst = Math.max(worst, Math.abs(in - inhaleMillis));
        }
        for (long out : exhales) {
            worst = Math.max(worst, Math.abs(out - exhaleMillis));
        }
        return worst;
    }

    @Override
    public String toString() {
        return String.format("%d breaths, in %.1f s, out %.1f s, %.2f a minute, out/in %.2f", breaths(),
                meanInhaleMillis() / 1000, meanExhaleMillis() / 1000, breathsPerMinute(), outToIn());
    }
}
