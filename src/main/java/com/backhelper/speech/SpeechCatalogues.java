package com.backhelper.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogues of every locale the skill speaks, loaded once per container. Other locales get en-US. */
public final class SpeechCatalogues {

    public static final String DEFAULT_LOCALE = "en-US";
    /** Every English locale Alexa has a skill store for; each has its own speech file and interaction model. */
    public static final List<String> SUPPORTED_LOCALES = List.of(DEFAULT_LOCALE, "en-GB", "en-CA", "en-AU", "en-IN");

    private final Map<String, SpeechCatalogue> byLocale;

    private SpeechCatalogues(Map<String, SpeechCatalogue> byLocale) {
        this.byLocale = byLocale;
    }

    public static SpeechCatalogues load() {
        Map<String, SpeechCatalogue> byLocale = new LinkedHashMap<>();
        for (String locale : SUPPORTED_LOCALES) {
            SpeechCatalogue catalogue = SpeechCatalogue.loadOrNull(locale);
            if (catalogue == null) {
                throw new IllegalStateException("speech file missing for " + locale);
            }
            byLocale.put(locale, catalogue);
        }
        return new SpeechCatalogues(Map.copyOf(byLocale));
    }

    public SpeechCatalogue forLocale(String locale) {
        SpeechCatalogue catalogue = locale == null ? null : byLocale.get(locale);
        return catalogue != null ? catalogue : byLocale.get(DEFAULT_LOCALE);
    }
}
