package com.backhelper.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every word the skill says in one locale, read once from {@code speech/<locale>.properties}. A key starts with the
 * CONTENT.md fact ids its sentence carries ({@code S1.S2.safety_line}) or with {@code ui.} for the connecting words
 * that carry no fact. A value may hold variants separated by {@code " | "}, used in turn so repeated cues do not
 * sound like a metronome.
 */
public final class SpeechCatalogue {

    private static final char VARIANT_SEPARATOR = '|';

    private final String locale;
    private final Map<String, List<String>> entries;

    private SpeechCatalogue(String locale, Map<String, List<String>> entries) {
        this.locale = locale;
        this.entries = entries;
    }

    /** Loads {@code speech/<locale>.properties} from the classpath, or returns null when there is none. */
    static SpeechCatalogue loadOrNull(String locale) {
        String resource = "/speech/" + locale + ".properties";
        try (InputStream in = SpeechCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> entries = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                entries.put(key, splitVariants(properties.getProperty(key)));
            }
            return new SpeechCatalogue(locale, Map.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * A value's variants, split at each {@code |} (no speech contains one). A plain scan rather than a regular
     * expression: this runs for every key on a cold start.
     */
    private static List<String> splitVariants(String value) {
        List<String> variants = new ArrayList<>(2);
        int start = 0;
        for (int bar = value.indexOf(VARIANT_SEPARATOR); ; bar = value.indexOf(VARIANT_SEPARATOR, start)) {
            String variant = (bar < 0 ? value.substring(start) : value.substring(start, bar)).trim();
            if (!variant.isEmpty()) {
                variants.add(variant);
            }
            if (bar < 0) {
                return List.copyOf(variants);
            }
            start = bar + 1;
        }
    }

    public String locale() {
        return locale;
    }

    /** The first (or only) wording of a key. A missing key is a bug, caught by the catalogue tests. */
    public String text(String key) {
        return variants(key).get(0);
    }

    /** The wording to use the n-th time, cycling through the variants. */
    public String variant(String key, int n) {
        List<String> variants = variants(key);
        return variants.get(Math.floorMod(n, variants.size()));
    }

    public List<String> variants(String key) {
        List<String> variants = entries.get(key);
        if (variants == null || variants.isEmpty()) {
            throw new IllegalArgumentException("no speech for key '" + key + "' in " + locale);
        }
        return variants;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Map<String, List<String>> entries() {
        return entries;
    }
}
