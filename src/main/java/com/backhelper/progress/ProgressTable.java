package com.backhelper.progress;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The table's shape, in one place: the names here are template.yaml's (key {@code userId}, TTL on
 * {@code expiresAt}). A static schema, built once, with no bean reflection at start-up.
 */
public final class ProgressTable {

    public static final String DEFAULT_NAME = "back-helper-progress";
    public static final String PARTITION_KEY = "userId";
    public static final String TTL_ATTRIBUTE = "expiresAt";
    public static final String VERSION_ATTRIBUTE = "version";

    static final TableSchema<ProgressItem> SCHEMA = StaticTableSchema.builder(ProgressItem.class)
            .newItemSupplier(ProgressItem::new)
            .addAttribute(String.class, a -> a.name(PARTITION_KEY)
                    .getter(ProgressItem::getUserId).setter(ProgressItem::setUserId)
                    .tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("step")
                    .getter(ProgressItem::getStep).setter(ProgressItem::setStep))
            .addAttribute(Integer.class, a -> a.name("inhaleMillis")
                    .getter(ProgressItem::getInhaleMillis).setter(ProgressItem::setInhaleMillis))
            .addAttribute(Integer.class, a -> a.name("exhaleMillis")
                    .getter(ProgressItem::getExhaleMillis).setter(ProgressItem::setExhaleMillis))
            .addAttribute(Boolean.class, a -> a.name("safetyGiven")
                    .getter(ProgressItem::getSafetyGiven).setter(ProgressItem::setSafetyGiven))
            .addAttribute(Integer.class, a -> a.name("rounds")
                    .getter(ProgressItem::getRounds).setter(ProgressItem::setRounds))
            .addAttribute(Long.class, a -> a.name("episodeStartedAt")
                    .getter(ProgressItem::getEpisodeStartedAt).setter(ProgressItem::setEpisodeStartedAt))
            .addAttribute(Long.class, a -> a.name("lastVisitAt")
                    .getter(ProgressItem::getLastVisitAt).setter(ProgressItem::setLastVisitAt))
            .addAttribute(Long.class, a -> a.name(TTL_ATTRIBUTE)
                    .getter(ProgressItem::getExpiresAt).setter(ProgressItem::setExpiresAt))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("applied")
                    .getter(ProgressItem::getApplied).setter(ProgressItem::setApplied))
            .addAttribute(Long.class, a -> a.name(VERSION_ATTRIBUTE)
                    .getter(ProgressItem::getVersion).setter(ProgressItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    private ProgressTable() {
    }
}
