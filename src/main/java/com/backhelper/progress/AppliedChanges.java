package com.backhelper.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which changes a stored item already holds: for each of the last few sessions that wrote it, the number of its
 * latest change. Stored with the item, so that a write that DynamoDB applied but answered too late, and that is
 * tried again, finds itself already there and counts nothing twice. Kept small: a session falls off once
 * {@value #SESSIONS_KEPT} later sessions have written (one person never has that many devices talking at once).
 */
public final class AppliedChanges {

    static final int SESSIONS_KEPT = 16;
    public static final AppliedChanges NONE = new AppliedChanges(Map.of());

    /** Session tag to the number of its latest change stored, oldest writer first. */
    private final Map<String, Integer> latest;

    private AppliedChanges(Map<String, Integer> latest) {
        this.latest = latest;
    }

    public boolean has(Change change) {
        Integer stored = latest.get(change.session());
        return stored != null && stored >= change.seq();
    }

    /** These marks with {@code change} added: its session moves to the newest place. */
    public AppliedChanges with(Change change) {
        if (has(change)) {
            return this;
        }
        Map<String, Integer> next = new LinkedHashMap<>(latest);
        next.remove(change.session());
        next.put(change.session(), change.seq());
        while (next.size() > SESSIONS_KEPT) {
            next.remove(next.keySet().iterator().next());
        }
        return new AppliedChanges(next);
    }

    /** As stored: "tag:seq" strings, oldest first. */
    public List<String> encode() {
        List<String> marks = new ArrayList<>();
        latest.forEach((session, seq) -> marks.add(session + ":" + seq));
        return marks;
    }

    /** From the stored strings; anything malformed is skipped (at worst a retried change counts twice). */
    public static AppliedChanges decode(List<String> marks) {
        if (marks == null || marks.isEmpty()) {
            return NONE;
        }
        Map<String, Integer> latest = new LinkedHashMap<>();
        for (String mark : marks.subList(Math.max(0, marks.size() - SESSIONS_KEPT), marks.size())) {
            int colon = mark == null ? -1 : mark.lastIndexOf(':');
            if (colon <= 0 || mark.length() > 40) {
                continue;
            }
            try {
                latest.put(mark.substring(0, colon), Integer.parseInt(mark.substring(colon + 1)));
            } catch (NumberFormatException skipped) {
                // not one of ours
            }
        }
        return new AppliedChanges(latest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppliedChanges that && latest.equals(that.latest);
    }

    @Override
    public int hashCode() {
        return latest.hashCode();
    }

    @Override
    public String toString() {
        return latest.toString();
    }
}
