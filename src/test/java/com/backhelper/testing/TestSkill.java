package com.backhelper.testing;

import com.backhelper.lambda.BackHelperStreamHandler;
import com.backhelper.lambda.SkillConfig;
import com.backhelper.lambda.SkillFactory;
import com.backhelper.local.LocalDynamoDb;
import com.backhelper.progress.DynamoDbProgressStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The skill's real parts for tests: the entry point built by the factory Lambda's path uses, on DynamoDB Local.
 *
 * <p>What a test itself does to the table (setting up what is stored, looking at it afterwards, creating it) goes
 * through a patient client of its own: the skill's client gives up after a second, as it must in front of a person,
 * and a test's own setup that gives up on a busy machine would fail the test for no fault of the skill's.
 */
public final class TestSkill {

    public static final String TABLE = "back-helper-progress";
    /** For the test's own calls only: long enough for any machine, however busy. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private TestSkill() {
    }

    private static boolean tableCreated;

    /** The configuration Lambda would read, pointing at the test run's DynamoDB Local (its table created once). */
    public static synchronized SkillConfig config() {
        SkillConfig config = new SkillConfig(null, TABLE, LocalDynamoDb.forTests().endpoint(), null);
        if (!tableCreated) {
            patientStore().createTableIfMissing();
            tableCreated = true;
            warmUp();
        }
        return config;
    }

    /**
     * A cold DynamoDB Local answers its first calls slowly (its own classes load and compile), past the skill's
     * one-second budget on a busy machine: the first test to talk to it would then see a fault that is not there.
     * So the engine is warmed once per test run, through the test's own patient client.
     */
    private static void warmUp() {
        String user = "amzn1.ask.account.WARM-UP";
        for (int i = 0; i < 30; i++) {
            patientStore().save(user, com.backhelper.progress.Progress.NONE.after(
                    com.backhelper.routine.RoutineState.FRESH.afterBreathingRound(), true, java.time.Instant.now()));
            patientStore().load(user);
            patientStore().delete(user);
        }
    }

    /** The table as the test sees it: to set up what is stored and to look at it (a patient client, see above). */
    public static synchronized DynamoDbProgressStore store() {
        config(); // the table is there
        return patientStore();
    }

    private static synchronized DynamoDbProgressStore patientStore() {
        if (store == null) {
            store = new DynamoDbProgressStore(patientClient(), TABLE);
        }
        return store;
    }

    private static DynamoDbProgressStore store;

    /** A plain client on DynamoDB Local that waits as long as it takes. */
    public static DynamoDbClient patientClient() {
        return DynamoDbClient.builder()
                .endpointOverride(LocalDynamoDb.forTests().endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder()
                        .socketTimeout(PATIENCE).connectionTimeout(PATIENCE).build())
                .overrideConfiguration(o -> o.apiCallTimeout(PATIENCE).apiCallAttemptTimeout(PATIENCE))
                .build();
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
