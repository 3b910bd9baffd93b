package com.backhelper.progress;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Sends the client's calls to a port on 127.0.0.1 instead of DynamoDB while {@link #to(int)} is in force, and
 * nowhere else otherwise. Priming uses it to run the real client end to end (marshalling, signing, HTTP,
 * unmarshalling) against a local stand-in, so that the snapshot holds a warm client and DynamoDB sees no calls.
 */
public final class LoopbackRedirect implements ExecutionInterceptor {

    private static final AwsCredentialsProvider PLACEHOLDER =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));

    private volatile int port = -1;

    /** From now on, every call goes to 127.0.0.1:{@code port} over plain HTTP. */
    public void to(int loopbackPort) {
        port = loopbackPort;
    }

    /** Calls go where they were going again. */
    public void off() {
        port = -1;
    }

    /** The stand-in checks no signature, and a build machine has no AWS credentials: sign with placeholders. */
    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (port < 0 || !(context.request() instanceof AwsRequest request)) {
            return context.request();
        }
        return request.toBuilder().overrideConfiguration(o -> o.credentialsProvider(PLACEHOLDER)).build();
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        int target = port;
        if (target < 0) {
            return context.httpRequest();
        }
        return context.httpRequest().toBuilder().protocol("http").host("127.0.0.1").port(target).build();
    }
}
