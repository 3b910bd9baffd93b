package com.backhelper.progress;

import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * The one endpoint the skill's client ever calls, worked out once: the endpoint override (DynamoDB Local), or the
 * region's DynamoDB endpoint ({@code https://dynamodb.<region>.<partition's domain>}). In place of the SDK's endpoint
 * rules engine, which a cold start would load and run for the first call (the skill uses no FIPS, dual-stack,
 * account-id or endpoint-discovery endpoints, and addresses its table by name).
 */
public final class FixedEndpoint implements DynamoDbEndpointProvider {

    private final CompletableFuture<Endpoint> endpoint;
    private final URI uri;

    FixedEndpoint(URI override, Region region) {
        this.uri = override != null ? override : regional(region);
        this.endpoint = CompletableFuture.completedFuture(Endpoint.builder().url(uri).build());
    }

    /** {@code https://dynamodb.<region>.<domain>}: amazonaws.com, or the partition's own (China, for one). */
    static URI regional(Region region) {
        RegionMetadata metadata = region.metadata();
        String domain = metadata == null ? "amazonaws.com" : metadata.partition().dnsSuffix();
        return URI.create("https://dynamodb." + region.id() + "." + domain);
    }

    URI uri() {
        return uri;
    }

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(DynamoDbEndpointParams params) {
        return endpoint;
    }
}
