package com.backhelper.progress;

import com.backhelper.local.InteractionModel;
import com.backhelper.local.LocalDynamoDb;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DynamoDB store, against DynamoDB Local: the shared contract, and what only DynamoDB has (TTL, raw items). */
class DynamoDbProgressStoreTest extends ProgressStoreContract {

    private static final DynamoDbProgressStore STORE = TestSkill.store();
    private static final DynamoDbClient RAW = DynamoDbClients.create(LocalDynamoDb.forTests().endpoint(), null, List.of());

    @Override
    ProgressStore store() {
        return STORE;
    }

    private static Map<String, AttributeValue> rawItem(String user) {
        return RAW.getItem(b -> b.tableName(TestSkill.TABLE).consistentRead(true)
                .key(Map.of(ProgressTable.PARTITION_KEY, AttributeValue.fromS(user)))).item();
    }

    @Test
    void theExpiry_isThirtyDaysAfterTheLastVisit_inEpochSeconds_forDynamoDbsTtl() {
        String user = newUser();
        Progress saved = STORE.save(user, icing());
        long expiresAt = Long.parseLong(rawItem(user).get(ProgressTable.TTL_ATTRIBUTE).n());
        assertEquals(VISIT.plus(Duration.ofDays(30)).getEpochSecond(), expiresAt);

        STORE.save(user, saved.after(saved.routine(), false, VISIT.plus(Duration.ofDays(2))));
        long movedTo = Long.parseLong(rawItem(user).get(ProgressTable.TTL_ATTRIBUTE).n());
        assertEquals(VISIT.plus(Duration.ofDays(32)).getEpochSecond(), movedTo, "each visit moves the expiry on");
    }

    @Test
    void anItemThatCannotBeTrusted_isReportedWithItsVersion_soAFreshStartCanOverwriteIt() {
        String user = newUser();
        STORE.save(user, icing());
        RAW.updateItem(b -> b.tableName(TestSkill.TABLE)
                .key(Map.of(ProgressTable.PARTITION_KEY, AttributeValue.fromS(user)))
                .updateExpression("SET step = :s, inhaleMillis = :i")
                .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("FLYING"), ":i", AttributeValue.fromN("-4"))));
        UnusableProgressException unusable = assertThrows(UnusableProgressException.class, () -> STORE.load(user));
        assertEquals(1, unusable.version());
        assertTrue(STORE.save(user, Progress.NONE.withVersion(unusable.version())).version() > 1);
        assertEquals(Progress.NONE.routine(), STORE.load(user).orElseThrow().routine());
    }

    @Test
    void theTable_hasTemplateYamlsKeySchemaAndTtl() throws Exception {
        TableDescription table = RAW.describeTable(b -> b.tableName(TestSkill.TABLE)).table();
        assertEquals(1, table.keySchema().size());
        assertEquals(ProgressTable.PARTITION_KEY, table.keySchema().get(0).attributeName());
        assertEquals(KeyType.HASH, table.keySchema().get(0).keyType());
        assertEquals(TimeToLiveStatus.ENABLED, RAW.describeTimeToLive(b -> b.tableName(TestSkill.TABLE))
                .timeToLiveDescription().timeToLiveStatus());

        String template = Files.readString(InteractionModel.skillPackageDir().resolveSibling("template.yaml"));
        assertTrue(template.contains("- AttributeName: " + ProgressTable.PARTITION_KEY + "\n          KeyType: HASH"),
                "template.yaml's key schema");
        assertTrue(template.contains("AttributeName: " + ProgressTable.PARTITION_KEY + "\n          AttributeType: S"));
        assertTrue(template.contains("TimeToLiveSpecification:\n        AttributeName: " + ProgressTable.TTL_ATTRIBUTE),
                "template.yaml's TTL attribute");
        assertTrue(template.contains("PROGRESS_TABLE: !Ref ProgressTable"));
    }
}
