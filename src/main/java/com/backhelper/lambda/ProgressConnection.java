package com.backhelper.lambda;

import com.backhelper.progress.DynamoDbClients;
import com.backhelper.progress.DynamoDbProgressStore;
import com.backhelper.progress.ProgressStore;
import com.backhelper.progress.StoredProgress;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.List;
import java.util.Optional;

/**
 * A Lambda container's progress store in DynamoDB, built the first time something needs it: the first request that
 * reads or writes a person's progress, or priming before a snapshot. A warning-sign answer, a call for help or a
 * request that only ends the session never waits for the DynamoDB client to be built.
 */
final class ProgressConnection implements ProgressStore {

    private final SkillConfig config;
    private final List<ExecutionInterceptor> interceptors;
    private Parts parts;

    /** The HTTP client is kept beside the store so that priming can make its one exchange over the very same one. */
    private record Parts(DynamoDbClients.Http http, DynamoDbProgressStore store) {
    }

    /** @param interceptors extra SDK interceptors for the client (tests count DynamoDB calls with one) */
    ProgressConnection(SkillConfig config, List<ExecutionInterceptor> interceptors) {
        this.config = config;
        this.interceptors = List.copyOf(interceptors);
    }

    private synchronized Parts parts() {
        if (parts == null) {
            DynamoDbClients.Http http = DynamoDbClients.http(config.dynamoDbEndpoint());
            parts = new Parts(http, new DynamoDbProgressStore(
                    DynamoDbClients.create(config.dynamoDbEndpoint(), config.region(), interceptors, http.client()),
                    config.progressTable()));
        }
        return parts;
    }

    /** Whether the client has been built yet. */
    synchronized boolean built() {
        return parts != null;
    }

    /**
     * Builds the client if need be, then makes one exchange with DynamoDB's endpoint over its HTTP client (see
     * {@link DynamoDbClients#exchangeOnce}): no table, no credentials, no connection and no TLS session left behind.
     *
     * @return the status the endpoint answered with, or -1 if it could not be reached
     */
    int exchangeOnce() {
        return DynamoDbClients.exchangeOnce(parts().http(),
                DynamoDbClients.endpointOf(config.dynamoDbEndpoint(), config.region()));
    }

    @Override
    public Optional<StoredProgress> read(String userId) {
        return parts().store().read(userId);
    }

    @Override
    public StoredProgress write(String userId, StoredProgress item) {
        return parts().store().write(userId, item);
    }

    @Override
    public void delete(String userId) {
        parts().store().delete(userId);
    }
}
