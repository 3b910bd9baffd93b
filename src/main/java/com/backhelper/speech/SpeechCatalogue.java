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
 * Every word the skill says in one locale, read once: the words every English locale shares
 * ({@code speech/en.properties}), then what the locale changes ({@code speech/<locale>.properties}: the values of the
 * shared words' {@code {placeholders}}, such as the emergency number, and any sentence it words its own way). A key
 * starts with the CONTENT.md fact ids its sentence carries ({@code S1.S2.safety_line}) or with {@code ui.} for the
 * connecting words that carry no fact. A value may hold variants separated by {@code " | "}, used in turn so repeated
 * cues do not sound like a metronome.
 */
public final class SpeechCatalogue {

    private static final char VARIANT_SEPARATOR = '|';

    private final String locale;
    private final Map<String, List<String>> entries;

    private SpeechCatalogue(String locale, Map<String, List<String>> entries) {
        this.locale = locale;
        this.entries = entries;
    }

    /** The shared English words, with a locale's own file laid over them. */
    static final String SHARED = "en";
    /** Keys of a locale file that are not said themselves but fill the shared words' {@code {name}} placeholders. */
    static final String PLACEHOLDER_PREFIX = "locale.";

    /**
     * Loads the shared words and {@code speech/<locale>.properties} over them, or returns null when the locale has no
     * file of its own. A placeholder with no value is an error here, so a sentence can never be said with a hole in it.
     */
    static SpeechCatalogue loadOrNull(String locale) {
        Properties own = read("/speech/" + locale + ".properties");
        if (own == null) {
            return null;
        }
        Properties words = read("/speech/" + SHARED + ".properties");
        if (words == null) {
            throw new IllegalStateException("the shared speech file is missing");
        }
        Map<String, String> placeholders = new TreeMap<>();
        for (String key : own.stringPropertyNames()) {
            if (key.startsWith(PLACEHOLDER_PREFIX)) {
                placeholders.put(key.substring(PLACEHOLDER_PREFIX.length()), own.getProperty(key));
            } else {
                words.setProperty(key, own.getProperty(key));
            }
        }
        Map<String, List<String>> entries = new TreeMap<>();
        for (String key : words.stringPropertyNames()) {
            entries.put(key, splitVariants(fillIn(words.getProperty(key), placeholders, locale, key)));
        }
        return new SpeechCatalogue(locale, Map.copyOf(entries));
    }

    private static Properties read(String resource) {
        try (InputStream in = SpeechCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The value with each {@code {name}} replaced by the locale's word for it (a plain scan, as for the variants). */
    private static String fillIn(String value, Map<String, String> placeholders, String locale, String key) {
        StringBuilder filled = new StringBuilder(value.length() + 16);
        int start = 0;
        for (int open = value.indexOf('{'); open >= 0; open = value.indexOf('{', start)) {
            int close = value.indexOf('}', open);
            String name = close < 0 ? null : value.substring(open + 1, close);
            String word = name == null ? null : placeholders.get(name);
            if (word == null) {
                throw new IllegalStateException(locale + " has no value for {" + name + "} in " + key);
            }
            filled.append(value, start, open).append(word);
            start = close + 1;
        }
        return filled.append(value.substring(start)).toString();
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
