package com.backhelper.local;

import java.util.Map;

/**
 * What a typed line means, as Alexa would hear it: open the skill, or an intent with its slot values.
 *
 * @param slots       each slot's words, as heard
 * @param resolutions each filled slot's entity resolution: the slot type and the value it matched, or none
 * @param opensSkill  the line named the skill ("open back helper", "ask back helper to ..."), so a new session starts
 * @param match       how the words were matched to the intent, so a weak match is never hidden
 */
public record Utterance(String intentName, Map<String, String> slots, Map<String, Resolution> resolutions,
                        boolean opensSkill, Match match) {

    /** A slot's entity resolution: the slot type, and the value of that type the words matched (null: no match). */
    public record Resolution(String slotType, String value) {

        public boolean matched() {
            return value != null;
        }
    }

    /** How a line was matched. */
    public enum Kind {
        /** Exactly one of the model's samples. */
        EXACT_SAMPLE,
        /** One of the phrases Alexa's built-in intents know without the model listing them (a stand-in table). */
        BUILT_IN_PHRASE,
        /** A sample with slots, every slot value a value or synonym of its slot type. */
        SAMPLE_WITH_SLOTS,
        /** A sample with slots whose words are not values of the slot type: Alexa sends ER_SUCCESS_NO_MATCH. */
        SAMPLE_WITH_UNRESOLVED_SLOTS,
        /** No sample matched; the closest sample by words, with its likeness (0 to 1). */
        CLOSEST_SAMPLE,
        /** Nothing close enough: AMAZON.FallbackIntent. */
        FALLBACK,
        /** "open back helper". */
        LAUNCH,
        /** Made by a test, not resolved from words. */
        GIVEN
    }

    /** How a line was matched: the kind, the sample it matched (if any) and the likeness (1 for a match). */
    public record Match(Kind kind, String sample, double score) {

        /** Alexa's own exact sample-and-slot matching would give this intent too. */
        public boolean strict() {
            return kind == Kind.EXACT_SAMPLE || kind == Kind.BUILT_IN_PHRASE || kind == Kind.SAMPLE_WITH_SLOTS;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case EXACT_SAMPLE -> "exact sample";
                case BUILT_IN_PHRASE -> "built-in phrase";
                case SAMPLE_WITH_SLOTS -> "sample with slots: " + sample;
                case SAMPLE_WITH_UNRESOLVED_SLOTS -> "sample with slots, values not resolved: " + sample;
                case CLOSEST_SAMPLE -> String.format(java.util.Locale.ROOT, "closest sample (%.2f): %s", score, sample);
                case FALLBACK -> String.format(java.util.Locale.ROOT, "fallback (closest %.2f: %s)", score, sample);
                case LAUNCH -> "launch";
                case GIVEN -> "given";
            };
        }
    }

    private static final Match GIVEN = new Match(Kind.GIVEN, null, 1);

    public static Utterance launch() {
        return new Utterance(null, Map.of(), Map.of(), true, new Match(Kind.LAUNCH, null, 1));
    }

    /** An intent with no slots, said within the session (or starting one if none is open). */
    public static Utterance intent(String intentName) {
        return new Utterance(intentName, Map.of(), Map.of(), false, GIVEN);
    }

    public boolean isLaunch() {
        return intentName == null;
    }
}
