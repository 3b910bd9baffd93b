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
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

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
    public Optional<StoredProgress> read(String userId) {
        // Strongly consistent: the person may have just spoken to another device.
        ProgressItem item = table.getItem(GetItemEnhancedRequest.builder()
                .key(key(userId)).consistentRead(true).build());
        return Optional.ofNullable(item).map(DynamoDbProgressStore::toStored);
    }

    @Override
    public StoredProgress write(String userId, StoredProgress stored) {
        try {
            ProgressItem saved = table.updateItem(UpdateItemEnhancedRequest.builder(ProgressItem.class)
                    .item(toItem(userId, stored)).ignoreNulls(false).build());
            return stored.withVersion(saved.getVersion());
        } catch (ConditionalCheckFailedException e) {
            throw new ProgressConflictException("progress changed since version " + stored.progress().version(), e);
        }
    }

    @Override
    public void delete(String userId) {
        table.deleteItem(key(userId));
    }

    /**
     * Makes the table as template.yaml makes it (key schema and TTL), whatever state it is in: missing, being
     * created, or made by an earlier attempt that was cut short before its TTL was set. Safe to call again after any
     * failure. Only for a local engine: in AWS the table belongs to the stack, and the function has no right to create
     * one.
     */
    public void createTableIfMissing() {
        try {
            client.createTable(b -> b.tableName(tableName)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName(ProgressTable.PARTITION_KEY).attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder()
                            .attributeName(ProgressTable.PARTITION_KEY).keyType(KeyType.HASH).build()));
        } catch (ResourceInUseException alreadyThere) {
            // made before, perhaps by an attempt that did not live to set the TTL: go on and finish it
        }
        client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        TimeToLiveStatus ttl = client.describeTimeToLive(b -> b.tableName(tableName))
                .timeToLiveDescription().timeToLiveStatus();
        if (ttl != TimeToLiveStatus.ENABLED && ttl != TimeToLiveStatus.ENABLING) {
            client.updateTimeToLive(b -> b.tableName(tableName).timeToLiveSpecification(
                    t -> t.attributeName(ProgressTable.TTL_ATTRIBUTE).enabled(true)));
        }
    }

    private static Key key(String userId) {
        return Key.builder().partitionValue(userId).build();
    }

    private static ProgressItem toItem(String userId, StoredProgress stored) {
        Progress progress = stored.progress();
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
        item.setApplied(stored.applied().encode());
        return item;
    }

    private static StoredProgress toStored(ProgressItem item) {
        long version = item.getVersion() == null ? 0 : item.getVersion();
        try {
            RoutineState routine = RoutineState.restore(item.getStep(), item.getInhaleMillis(),
                    item.getExhaleMillis(), item.getSafetyGiven(), item.getRounds(), Question.NONE.name());
            return new StoredProgress(
                    new Progress(routine, instant(item.getEpisodeStartedAt()), instant(item.getLastVisitAt()), version),
                    AppliedChanges.decode(item.getApplied()));
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
