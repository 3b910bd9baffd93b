package com.backhelper.progress;

import com.backhelper.routine.Question;
import com.backhelper.routine.RoutineState;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.UpdateItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.time.Instant;
import java.util.Optional;

/**
 * Progress in DynamoDB through the Enhanced Client: one item per person, keyed by the Alexa user id, written only
 * when the stored version is still the one read (optimistic locking by the SDK's versioned-record extension).
 */
public final class DynamoDbProgressStore implements ProgressStore {

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<ProgressItem> table;

    public DynamoDbProgressStore(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(VersionedRecordExtension.builder().build())
                .build();
        this.table = enhanced.table(tableName, ProgressTable.SCHEMA);
    }

    @Override
    public Optional<Progress> load(String userId) {
        // Strongly consistent: the person may have just spoken to another device.
        ProgressItem item = table.getItem(GetItemEnhancedRequest.builder()
                .key(key(userId)).consistentRead(true).build());
        return Optional.ofNullable(item).map(DynamoDbProgressStore::toProgress);
    }

    @Override
    public Progress save(String userId, Progress progress) {
        try {
            ProgressItem saved = table.updateItem(UpdateItemEnhancedRequest.builder(ProgressItem.class)
                    .item(toItem(userId, progress)).ignoreNulls(false).build());
            return progress.withVersion(saved.getVersion());
        } catch (ConditionalCheckFailedException e) {
            throw new ProgressConflictException("progress changed since version " + progress.version(), e);
        }
    }

    @Override
    public void delete(String userId) {
        table.deleteItem(key(userId));
    }

    /**
     * Creates the table with template.yaml's key schema and TTL if it does not exist. Only for a local engine:
     * in AWS the table belongs to the stack, and the function has no right to create one.
     */
    public void createTableIfMissing() {
        try {
            client.describeTable(b -> b.tableName(tableName));
            return;
        } catch (ResourceNotFoundException missing) {
            // create it below
        }
        try {
            client.createTable(b -> b.tableName(tableName)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName(ProgressTable.PARTITION_KEY).attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder()
                            .attributeName(ProgressTable.PARTITION_KEY).keyType(KeyType.HASH).build()));
        } catch (ResourceInUseException createdMeanwhile) {
            return;
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        client.updateTimeToLive(b -> b.tableName(tableName).timeToLiveSpecification(
                t -> t.attributeName(ProgressTable.TTL_ATTRIBUTE).enabled(true)));
    }

    private static Key key(String userId) {
        return Key.builder().partitionValue(userId).build();
    }

    private static ProgressItem toItem(String userId, Progress progress) {
        RoutineState routine = progress.routine();
        ProgressItem item = new ProgressItem();
        item.setUserId(userId);
        item.setStep(routine.step().name());
        item.setInhaleMillis(routine.pace().inhaleMillis());
        item.setExhaleMillis(routine.pace().exhaleMillis());
        item.setSafetyGiven(routine.safetyGiven());
        item.setRounds(routine.rounds());
        item.setEpisodeStartedAt(epochSeconds(progress.episodeStartedAt()));
        item.setLastVisitAt(epochSeconds(progress.lastVisitAt()));
        item.setExpiresAt(epochSeconds(progress.expiresAt()));
        item.setVersion(progress.isStored() ? progress.version() : null);
        return item;
    }

    private static Progress toProgress(ProgressItem item) {
        long version = item.getVersion() == null ? 0 : item.getVersion();
        try {
            RoutineState routine = RoutineState.restore(item.getStep(), item.getInhaleMillis(),
                    item.getExhaleMillis(), item.getSafetyGiven(), item.getRounds(), Question.NONE.name());
            return new Progress(routine, instant(item.getEpisodeStartedAt()), instant(item.getLastVisitAt()), version);
        } catch (RuntimeException unusable) { // a missing attribute (unboxing null) or a value out of range
            throw new UnusableProgressException(version, unusable);
        }
    }

    private static Long epochSeconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    private static Instant instant(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
    }
}
