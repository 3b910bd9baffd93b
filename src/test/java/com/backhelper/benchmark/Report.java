package com.backhelper.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every target of issue 17 with its figure from this run, beside hello's on the same options where there is one,
 * printed at the end as one markdown table, so that the README's table can be pasted from a single run (with the
 * date, the machine and its load at both ends, which the figures mean little without).
 */
final class Report {

    /** One target: what, the skill's figure, hello's (or blank), the ratio (or blank), the target, met or not. */
    record Row(String measure, String skill, String hello, String ratio, String target, Boolean met,
               String appliesTo) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String startLoad = Machine.load();
    private final Instant start = Instant.now();

    /** A target judged by the ratio of the skill's figure to hello's. */
    void ratio(String measure, long skill, long hello, String unit, double mostTimes, String appliesTo) {
        double ratio = (double) skill / hello;
        rows.add(new Row(measure, String.format(Locale.ROOT, "%,d %s", skill, unit),
                String.format(Locale.ROOT, "%,d %s", hello, unit), String.format(Locale.ROOT, "%.2f", ratio),
                String.format(Locale.ROOT, "ratio at most %.1f", mostTimes), ratio <= mostTimes, appliesTo));
    }

    /** A target judged by the figure itself. */
    void atMost(String measure, long figure, String unit, long most, String appliesTo) {
        rows.add(new Row(measure, String.format(Locale.ROOT, "%,d %s", figure, unit).trim(), "", "",
                String.format(Locale.ROOT, "at most %,d %s", most, unit).trim(), figure <= most, appliesTo));
    }

    /** A figure with no target of its own, for context. */
    void note(String measure, String skill, String hello, String appliesTo) {
        rows.add(new Row(measure, skill, hello, "", "", null, appliesTo));
    }

    void print() {
        System.out.printf(Locale.ROOT, "%nISSUE 17 TARGETS, this run (paste into README.md):%n%n");
        System.out.printf(Locale.ROOT, "Taken %s to %s on %s; load average (1, 5, 15 min, tasks) %s at the start, "
                + "%s at the end.%n%n", start, Instant.now(), Machine.describe(), startLoad, Machine.load());
        System.out.println("| measure | Back Helper | hello | ratio | target | met | applies to |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", row.measure(), row.skill(),
                    row.hello(), row.ratio(), row.target(),
                    row.met() == null ? "" : row.met() ? "met" : "**not met**", row.appliesTo());
        }
    }
}
