package com.backhelper.progress;

import com.backhelper.local.InteractionModel;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.DynamoDbCalls;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.TestSkill;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DynamoDB store, against DynamoDB Local: the shared contract, and what only DynamoDB has (TTL, raw items). */
class DynamoDbProgressStoreTest extends ProgressStoreContract {

    private static final DynamoDbProgressStore STORE = TestSkill.store();
    private static final DynamoDbClient RAW = TestSkill.patientClient();

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

    @Test
    void templateYamlsPolicy_grantsExactlyTheCallsTheSkillMakes_andKeepsNoBackups() throws Exception {
        DynamoDbCalls calls = new DynamoDbCalls();
        SkillDriver skill = new SkillDriver(TestSkill.entryPoint(java.time.Clock.systemUTC(), calls));
        // Every path that touches DynamoDB: a first visit, a routine, a conflict with another device, forget me.
        Conversation person = Conversation.conversation(skill).user("open back helper").user("help me now");
        Conversation other = person.onAnotherDevice(skill).user("open back helper");
        person.user("slower");
        other.user("yes");
        person.user("forget me").user("yes");

        String template = Files.readString(InteractionModel.skillPackageDir().resolveSibling("template.yaml"));
        java.util.Set<String> granted = new java.util.TreeSet<>();
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("- dynamodb:(\\w+)").matcher(template);
        while (action.find()) {
            granted.add(action.group(1));
        }
        assertEquals(new java.util.TreeSet<>(calls.operations()), granted, "template.yaml's DynamoDB actions");
        assertTrue(template.contains("PointInTimeRecoveryEnabled: false"), "no restorable copies of deleted items");
    }

    @Test
    void creatingTheTable_finishesWhatAnAttemptCutShortLeftUndone_andCanBeRepeated() {
        String table = "cut-short-" + java.util.UUID.randomUUID();
        // An earlier attempt made the table and was cut off before it set the TTL (the old random CI failure).
        RAW.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName(ProgressTable.PARTITION_KEY)
                        .attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName(ProgressTable.PARTITION_KEY).keyType(KeyType.HASH)));
        DynamoDbProgressStore store = new DynamoDbProgressStore(TestSkill.patientClient(), table);
        store.createTableIfMissing();
        store.createTableIfMissing();
        assertEquals(TimeToLiveStatus.ENABLED, RAW.describeTimeToLive(b -> b.tableName(table))
                .timeToLiveDescription().timeToLiveStatus());
        assertEquals(ProgressTable.TTL_ATTRIBUTE, RAW.describeTimeToLive(b -> b.tableName(table))
                .timeToLiveDescription().attributeName());
        RAW.deleteTable(b -> b.tableName(table));
    }
}
