package com.backhelper.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How long each sentence the skill says takes to hear, in milliseconds, measured from rendered audio (espeak-ng at
 * a rate standing in for Alexa's voice; see HeardLengthsTest, which writes {@code speech/heard-lengths.tsv} with
 * {@code -Dcues.update=true} and checks it against fresh renderings). Breathing silences are the pace minus the
 * cue's measured length, so each breath is as long as the pace as it is heard, commas and full stops included;
 * a word count misses those.
 *
 * <p>A sentence not in the file (a new one, or a locale's own wording) gets an estimate from its length in letters,
 * so nothing ever fails for want of a measurement; the tests require every breathing cue and lead-in to be measured.
 */
public final class HeardLengths {

    static final String RESOURCE = "/speech/heard-lengths.tsv";
    /** The voice of the breathing cues ({@link Ssml#sayCalmly}) and the ordinary voice, as the file names them. */
    public static final String CALM = "calm";
    public static final String PLAIN = "plain";
    /**
     * Fallback only: milliseconds per character and a fixed part, fitted to the measured cues (the calm voice);
     * the plain voice is 10% quicker.
     */
    static final double CALM_MILLIS_PER_CHARACTER = 68;
    static final double CALM_FIXED_MILLIS = 420;

    private static final HeardLengths STANDARD = read();

    private final Map<String, Integer> calm;
    private final Map<String, Integer> plain;

    HeardLengths(Map<String, Integer> calm, Map<String, Integer> plain) {
        this.calm = Map.copyOf(calm);
        this.plain = Map.copyOf(plain);
    }

    /** The measured lengths shipped with the skill, read once. */
    public static HeardLengths standard() {
        return STANDARD;
    }

    public int calmMillis(String text) {
        Integer measured = calm.get(normalise(text));
        return measured != null ? measured : estimate(text, 1.0);
    }

    public int plainMillis(String text) {
        Integer measured = plain.get(normalise(text));
        return measured != null ? measured : estimate(text, 0.9);
    }

    public boolean measured(String voice, String text) {
        return (CALM.equals(voice) ? calm : plain).containsKey(normalise(text));
    }

    static int estimate(String text, double scale) {
        String spoken = normalise(text);
        return spoken.isEmpty() ? 0 : (int) Math.round((CALM_FIXED_MILLIS + CALM_MILLIS_PER_CHARACTER * spoken.length())
                * scale);
    }

    /** Text as it is looked up: spaces collapsed, as a listener hears no difference. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static HeardLengths read() {
        Map<String, Integer> calm = new HashMap<>();
        Map<String, Integer> plain = new HashMap<>();
        try (InputStream in = HeardLengths.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new HeardLengths(calm, plain);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": not voice, millis, text: " + line);
                }
                (CALM.equals(fields[0]) ? calm : plain).put(normalise(fields[2]), Integer.parseInt(fields[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeardLengths(calm, plain);
    }
}
