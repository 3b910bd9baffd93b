package com.backhelper.progress;

import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.time.Duration;

/**
 * One deadline for all of a turn's DynamoDB calls together: the read, the write, and any re-read and re-write after
 * a conflict share {@link #PER_TURN}, so a slow or conflicting DynamoDB costs a turn at most that, however many
 * calls it makes. Installed on the client as an SDK interceptor: each call is given what is left of the turn's
 * time as its own call timeout, and a call with too little left is not sent at all.
 *
 * <p>Lambda runs one request at a time per container, so the turn's deadline is kept per thread.
 */
public final class CallBudget implements ExecutionInterceptor {

    /** All DynamoDB calls of one turn together (Alexa's 8 s aside, the person should hear within 2 s). */
    public static final Duration PER_TURN = Duration.ofMillis(1000);
    /** Below this, a call would only time out: it is not sent. */
    static final Duration LEAST_WORTH_SENDING = Duration.ofMillis(40);

    public static final CallBudget INTERCEPTOR = new CallBudget();
    private static final ThreadLocal<Long> DEADLINE_NANOS = new ThreadLocal<>();

    private CallBudget() {
    }

    /** A turn begins: its DynamoDB calls together get {@code budget} from now. */
    public static void startTurn(Duration budget) {
        DEADLINE_NANOS.set(System.nanoTime() + budget.toNanos());
    }

    /** The turn is over: calls outside a turn (tests, the local table's creation) have no shared deadline. */
    public static void endTurn() {
        DEADLINE_NANOS.remove();
    }

    /** What is left of this turn's time for DynamoDB; null outside a turn. */
    public static Duration remaining() {
        Long deadline = DEADLINE_NANOS.get();
        return deadline == null ? null : Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        Duration left = remaining();
        if (left == null || !(context.request() instanceof AwsRequest request)) {
            return context.request();
        }
        if (left.compareTo(LEAST_WORTH_SENDING) < 0) {
            throw SdkClientException.create("this turn's time for DynamoDB is spent");
        }
        AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                .map(AwsRequestOverrideConfiguration::toBuilder)
                .orElseGet(AwsRequestOverrideConfiguration::builder);
        // The client's own per-attempt timeout still applies within this.
        return request.toBuilder().overrideConfiguration(override.apiCallTimeout(left).build()).build();
    }
}
