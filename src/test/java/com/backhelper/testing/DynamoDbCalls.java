package com.backhelper.testing;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the DynamoDB operations the SDK really sends (GetItem, UpdateItem, ...), by operation name. */
public final class DynamoDbCalls implements ExecutionInterceptor {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        counts.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    }

    public int count(String operation) {
        AtomicInteger count = counts.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Reads: GetItem. */
    public int reads() {
        return count("GetItem");
    }

    /** Writes: PutItem, UpdateItem, DeleteItem. */
    public int writes() {
        return count("PutItem") + count("UpdateItem") + count("DeleteItem");
    }

    /** Every operation seen so far, by name. */
    public java.util.Set<String> operations() {
        return java.util.Set.copyOf(counts.keySet());
    }

    public void reset() {
        counts.clear();
    }
}
