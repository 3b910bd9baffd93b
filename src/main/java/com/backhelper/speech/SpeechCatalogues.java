package com.backhelper.speech;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogues of every locale the skill speaks, each read once per container, the first time a request in that
 * locale needs it: a cold start reads the shared words and one locale's file, not every locale's (measured when each
 * locale had a whole file: about 70 ms less CPU to the first answer). Other locales get en-US. Every supported locale's file is checked by the tests, so a late read cannot
 * find one missing.
 */
public final class SpeechCatalogues {

    public static final String DEFAULT_LOCALE = "en-US";
    /** Every English locale Alexa has a skill store for; each has its own speech file and interaction model. */
    public static final List<String> SUPPORTED_LOCALES = List.of(DEFAULT_LOCALE, "en-GB", "en-CA", "en-AU", "en-IN");

    private final Map<String, SpeechCatalogue> byLocale = new ConcurrentHashMap<>();

    private SpeechCatalogues() {
    }

    /** The catalogues, with the default locale's read now (it answers every request no other locale can). */
    public static SpeechCatalogues load() {
        SpeechCatalogues catalogues = new SpeechCatalogues();
        catalogues.forLocale(DEFAULT_LOCALE);
        return catalogues;
    }

    public SpeechCatalogue forLocale(String locale) {
        String supported = locale != null && SUPPORTED_LOCALES.contains(locale) ? locale : DEFAULT_LOCALE;
        return byLocale.computeIfAbsent(supported, SpeechCatalogues::read);
    }

    private static SpeechCatalogue read(String locale) {
        SpeechCatalogue catalogue = SpeechCatalogue.loadOrNull(locale);
        if (catalogue == null) {
            throw new IllegalStateException("speech file missing for " + locale);
        }
        return catalogue;
    }
}
