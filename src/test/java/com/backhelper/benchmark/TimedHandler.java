package com.backhelper.benchmark;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Times each invocation of the entry point it wraps, from the request's bytes in to the response's bytes out (what
 * Lambda times), leaving out how the benchmark made the request. Single-threaded: one per simulated caller.
 */
final class TimedHandler implements RequestStreamHandler {

    private final RequestStreamHandler entryPoint;
    private long[] nanos = new long[1024];
    private int count;
    private boolean recording;

    TimedHandler(RequestStreamHandler entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        long start = System.nanoTime();
        entryPoint.handleRequest(input, output, context);
        long took = System.nanoTime() - start;
        if (recording) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = took;
        }
    }

    /** From now on, turns count (the ones before were the JIT's warm-up), until {@link #pauseRecording()}. */
    void startRecording() {
        recording = true;
    }

    void pauseRecording() {
        recording = false;
    }

    int recorded() {
        return count;
    }

    Samples samples() {
        return new Samples(Arrays.copyOf(nanos, count));
    }
}
