package com.backhelper.testing;

import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillConfig;
import com.backhelper.lambda.SkillFactory;
import com.backhelper.local.LocalDynamoDb;
import com.backhelper.progress.DynamoDbProgressStore;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.time.Clock;
import java.util.List;

/** The skill's real parts for tests: the entry point, the DynamoDB store, and DynamoDB Local underneath. */
public final class TestSkill {

    public static final String TABLE = "back-helper-progress";

    private TestSkill() {
    }

    private static boolean tableCreated;

    /** The configuration Lambda would read, pointing at the test run's DynamoDB Local (its table created once). */
    public static synchronized SkillConfig config() {
        SkillConfig config = new SkillConfig(null, TABLE, LocalDynamoDb.forTests().endpoint(), null);
        if (!tableCreated) {
            tableCreated = SkillFactory.createLocalTableIfMissing(config);
        }
        return config;
    }

    /** The real progress store on DynamoDB Local (the table is created on first use, as the local run does). */
    public static DynamoDbProgressStore store(ExecutionInterceptor... interceptors) {
        return SkillFactory.progressStore(config(), List.of(interceptors));
    }

    /**
     * The entry point built by the factory method Lambda's own path uses, on DynamoDB Local: only the clock and SDK
     * interceptors (to count DynamoDB calls) are the test's.
     */
    public static BackHelperStreamHandler entryPoint(Clock clock, ExecutionInterceptor... interceptors) {
        return entryPoint(config(), clock, interceptors);
    }

    /** The same, on another configuration (a broken DynamoDB endpoint, another table). */
    public static BackHelperStreamHandler entryPoint(SkillConfig config, Clock clock,
                                                     ExecutionInterceptor... interceptors) {
        return new BackHelperStreamHandler(SkillFactory.create(config, clock, List.of(interceptors)));
    }
}
