package com.backhelper.testing;

import com.backhelper.local.SpeechPrinter;
import com.backhelper.speech.HeardLengths;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The breathing a response writes, worked out quickly without rendering: each breath is its spoken cue (its length
 * as measured from rendered audio, in speech/heard-lengths.tsv) plus the silence after it. Read from the response as
 * the local run prints it, so the same measure works on SSML and on terminal output. What is actually heard is
 * measured by BreathingCadenceTest with {@link HeardAudio}; this is the cheap check any conversation test can make.
 */
public record Cadence(List<Long> inhales, List<Long> exhales) {

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
            long millis = Math.round(Double.parseDouble(pause.group(1)) * 1000)
                    + HeardLengths.standard().calmMillis(lastSentence(cue));
            if (index > 0) {
                (index % 2 == 0 ? inhales : exhales).add(millis);
            }
            segmentStart = pause.end();
            index++;
        }
        return new Cadence(List.copyOf(inhales), List.copyOf(exhales));
    }

    /** The cue is the last sentence before a pause (before the first, the lead-in comes first). */
    private static String lastSentence(String text) {
        String[] sentences = text.strip().split("(?<=[.!?])\\s+");
        return sentences.length == 0 ? "" : sentences[sentences.length - 1];
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
