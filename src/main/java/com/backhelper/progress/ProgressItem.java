package com.backhelper.progress;

import java.util.List;

/**
 * The DynamoDB item, one per person, as template.yaml's table holds it. A plain mutable class because the Enhanced
 * Client's static schema fills it through setters; nothing outside this package sees it.
 */
final class ProgressItem {

    private String userId;
    private String step;
    private Integer inhaleMillis;
    private Integer exhaleMillis;
    private Boolean safetyGiven;
    private Integer rounds;
    private Long episodeStartedAt;
    private Long lastVisitAt;
    private Long expiresAt;
    private Long version;
    private List<String> applied;

    String getUserId() {
        return userId;
    }

    void setUserId(String userId) {
        this.userId = userId;
    }

    String getStep() {
        return step;
    }

    void setStep(String step) {
        this.step = step;
    }

    Integer getInhaleMillis() {
        return inhaleMillis;
    }

    void setInhaleMillis(Integer inhaleMillis) {
        this.inhaleMillis = inhaleMillis;
    }

    Integer getExhaleMillis() {
        return exhaleMillis;
    }

    void setExhaleMillis(Integer exhaleMillis) {
        this.exhaleMillis = exhaleMillis;
    }

    Boolean getSafetyGiven() {
        return safetyGiven;
    }

    void setSafetyGiven(Boolean safetyGiven) {
        this.safetyGiven = safetyGiven;
    }

    Integer getRounds() {
        return rounds;
    }

    void setRounds(Integer rounds) {
        this.rounds = rounds;
    }

    /** Epoch seconds. */
    Long getEpisodeStartedAt() {
        return episodeStartedAt;
    }

    void setEpisodeStartedAt(Long episodeStartedAt) {
        this.episodeStartedAt = episodeStartedAt;
    }

    /** Epoch seconds. */
    Long getLastVisitAt() {
        return lastVisitAt;
    }

    void setLastVisitAt(Long lastVisitAt) {
        this.lastVisitAt = lastVisitAt;
    }

    /** Epoch seconds, as DynamoDB's TTL requires. */
    Long getExpiresAt() {
        return expiresAt;
    }

    void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    Long getVersion() {
        return version;
    }

    void setVersion(Long version) {
        this.version = version;
    }

    /** The changes this item holds, as {@link AppliedChanges#encode()} writes them. */
    List<String> getApplied() {
        return applied;
    }

    void setApplied(List<String> applied) {
        this.applied = applied;
    }
}
