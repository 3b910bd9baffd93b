package com.backhelper.benchmark;

import java.util.Arrays;

/** A set of measurements (nanoseconds or milliseconds, the caller knows which) and the figures the report needs. */
final class Samples {

    private final long[] sorted;

    Samples(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    /** The value at this percentile (nearest rank): 50 is the median, 99 the p99. */
    long percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long median() {
        return percentile(50);
    }

    long min() {
        return sorted[0];
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }

    long[] all() {
        return sorted.clone();
    }

    static Samples concat(java.util.List<long[]> parts) {
        return new Samples(parts.stream().flatMapToLong(java.util.Arrays::stream).toArray());
    }
}
