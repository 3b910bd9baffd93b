package com.backhelper.alerts;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.services.ServiceClientFactory;
import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.amazon.ask.model.services.timerManagement.AnnounceOperation;
import com.amazon.ask.model.services.timerManagement.CreationBehavior;
import com.amazon.ask.model.services.timerManagement.DisplayExperience;
import com.amazon.ask.model.services.timerManagement.NotificationConfig;
import com.amazon.ask.model.services.timerManagement.TextToAnnounce;
import com.amazon.ask.model.services.timerManagement.TimerRequest;
import com.amazon.ask.model.services.timerManagement.TriggeringBehavior;
import com.amazon.ask.model.services.timerManagement.Visibility;
import com.backhelper.speech.SpeechCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets the ice timer and the walk reminder through the Alexa Timers and Reminders APIs, at the request's own API
 * endpoint with its access token (the SDK's service clients, over the skill's API client). Only with the person's
 * permission: without it, the caller asks for it by voice ({@link #askPermission}). Never throws: any failure is
 * {@link AlertOutcome#FAILED}, and the person hears so kindly.
 */
public final class AlertScheduler {

    public static final Duration ICE_TIMER_LENGTH = Duration.ofMinutes(20);
    public static final Duration WALK_REMINDER_AFTER = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(AlertScheduler.class);

    private final Clock clock;

    public AlertScheduler(Clock clock) {
        this.clock = clock;
    }

    /** Sets the alert if the person has granted its permission; otherwise says that permission is needed. */
    public AlertOutcome setIfPermitted(HandlerInput input, Alert alert, SpeechCatalogue words) {
        if (!granted(input, alert)) {
            return AlertOutcome.NEEDS_PERMISSION;
        }
        return set(input, alert, words);
    }

    /** Sets the alert now (the person has just granted the permission). */
    public AlertOutcome set(HandlerInput input, Alert alert, SpeechCatalogue words) {
        String locale = input.getRequestEnvelope().getRequest().getLocale();
        try {
            ServiceClientFactory services = input.getServiceClientFactory();
            if (services == null) {
                return AlertOutcome.FAILED;
            }
            switch (alert) {
                case ICE_TIMER -> services.getTimerManagementService().createTimer(iceTimer(locale, words));
                case WALK_REMINDER -> services.getReminderManagementService().createReminder(walkReminder(locale, words));
            }
            return AlertOutcome.SET;
        } catch (RuntimeException failed) { // ServiceException (a refusal, a device without alerts) or no answer
            LOG.warn("{} not set: {}", alert, failed.getClass().getSimpleName() + " " + failed.getMessage());
            return AlertOutcome.FAILED;
        }
    }

    /**
     * The directive that has Alexa ask the person, by voice, for the alert's permission; the answer comes back as
     * a Connections.Response carrying the alert's name as its token.
     */
    public static SendRequestDirective askPermission(Alert alert) {
        return SendRequestDirective.builder()
                .withName("AskFor")
                .withPayload(Map.of(
                        "@type", "AskForPermissionsConsentRequest",
                        "@version", "1",
                        "permissionScope", alert.permissionScope()))
                .withToken(alert.name())
                .build();
    }

    private static boolean granted(HandlerInput input, Alert alert) {
        Optional<Scope> scope = Optional.ofNullable(input.getRequestEnvelope().getContext())
                .map(c -> c.getSystem()).map(s -> s.getUser()).map(User::getPermissions).map(Permissions::getScopes)
                .map(scopes -> scopes.get(alert.permissionScope()));
        return scope.map(Scope::getStatus).filter(PermissionStatus.GRANTED::equals).isPresent();
    }

    private static TimerRequest iceTimer(String locale, SpeechCatalogue words) {
        return TimerRequest.builder()
                .withDuration(ICE_TIMER_LENGTH.toString())
                .withTimerLabel(words.text("ui.ice_timer_label"))
                .withCreationBehavior(CreationBehavior.builder()
                        .withDisplayExperience(DisplayExperience.builder().withVisibility(Visibility.VISIBLE).build())
                        .build())
                .withTriggeringBehavior(TriggeringBehavior.builder()
                        .withOperation(AnnounceOperation.builder().addTextToAnnounceItem(TextToAnnounce.builder()
                                .withLocale(locale).withText(words.text("S4.ice_timer_announce")).build()).build())
                        .withNotificationConfig(NotificationConfig.builder().withPlayAudible(true).build())
                        .build())
                .build();
    }

    private ReminderRequest walkReminder(String locale, SpeechCatalogue words) {
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .withTrigger(Trigger.builder()
                        .withType(TriggerType.SCHEDULED_RELATIVE)
                        .withOffsetInSeconds((int) WALK_REMINDER_AFTER.toSeconds())
                        .build())
                .withAlertInfo(AlertInfo.builder().withSpokenInfo(SpokenInfo.builder()
                        .withContent(List.of(SpokenText.builder()
                                .withLocale(locale).withText(words.text("R4.R5.walk_reminder_text")).build()))
                        .build()).build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
    }
}
