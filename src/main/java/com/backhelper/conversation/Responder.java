package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Response;
import com.backhelper.alerts.Alert;
import com.backhelper.alerts.AlertOutcome;
import com.backhelper.alerts.AlertScheduler;
import com.backhelper.progress.Progress;
import com.backhelper.routine.Command;
import com.backhelper.routine.Reply;
import com.backhelper.routine.Routine;
import com.backhelper.routine.Visit;
import com.backhelper.screen.BreathingVisual;
import com.backhelper.speech.SpeechCatalogue;
import com.backhelper.speech.SpeechCatalogues;
import com.backhelper.speech.Spoken;
import com.backhelper.speech.Voice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every handler does once it knows what the person asked: run the routine, pick the words in the request's
 * locale, and build Alexa's response. Handlers stay one line each.
 */
public final class Responder {

    private final Routine routine;
    private final SpeechCatalogues catalogues;
    private final Clock clock;
    private final AlertScheduler alerts;

    public Responder(Routine routine, SpeechCatalogues catalogues, Clock clock,
                     AlertScheduler alerts) {
        this.routine = routine;
        this.catalogues = catalogues;
        this.clock = clock;
        this.alerts = alerts;
    }

    /** A routine command: the state moves on, and the reply is spoken. */
    public Optional<Response> command(HandlerInput input, Command command) {
        return answerThen(input, List.of(), command);
    }

    /** An answer (explanation, follow-up, safety), then the routine's offer of the way back or forward. */
    public Optional<Response> answer(HandlerInput input, List<String> answerKeys) {
        return answerThen(input, answerKeys, Command.ASIDE);
    }

    /** Words that end the session without touching the routine. */
    public Optional<Response> sayAndEnd(HandlerInput input, List<String> keys) {
        return respond(input, voice(input).sayAndEnd(withNotice(input, keys)));
    }

    /** Words that keep listening without touching the routine. */
    public Optional<Response> sayAndListen(HandlerInput input, List<String> keys, String repromptKey) {
        return respond(input, voice(input).sayAndListen(keys, repromptKey));
    }

    private Optional<Response> answerThen(HandlerInput input, List<String> answerKeys, Command command) {
        Turn turn = Turn.of(input);
        Progress progress = turn.startingProgress();
        Visit visit = new Visit(progress.episodeStartedAt(), progress.lastVisitAt(), clock.instant());
        Reply reply = routine.apply(turn.routine(), visit.inTime(command, turn.routine()));
        // Deleted first, so that "done" is only said when it is true.
        if (reply.effect() == Reply.Effect.FORGETS_PROGRESS && !turn.forgetEverything()) {
            return sayAndEnd(input, List.of("ui.forget_failed"));
        }
        Alert alert = alertOf(reply.effect());
        if (alert != null) {
            AlertOutcome outcome = alerts.setIfPermitted(input, alert, catalogue(input));
            turn.update(reply);
            if (outcome == AlertOutcome.NEEDS_PERMISSION) {
                // Alexa asks for the permission in its own words; the answer comes back as a Connections.Response.
                return input.getResponseBuilder().addDirective(AlertScheduler.askPermission(alert)).build();
            }
            return respond(input, voice(input).speak(withNotice(input, List.of(alert.keyFor(outcome))), reply));
        }
        // The words are built before the state moves on: if building them fails, the error path saves the
        // state the person last heard about, not one they never heard.
        Spoken spoken = voice(input).speak(withNotice(input, answerKeys), reply);
        turn.update(reply);
        return respond(input, spoken, BreathingVisual.forReply(input, reply, spoken, catalogue(input)));
    }

    /** Someone whose stored place could not be read hears why the routine starts afresh, once. */
    private static List<String> withNotice(HandlerInput input, List<String> keys) {
        if (!Turn.of(input).storedStateWasUnusable()) {
            return keys;
        }
        List<String> withNotice = new ArrayList<>();
        withNotice.add("ui.lost_place");
        withNotice.addAll(keys);
        return withNotice;
    }

    /**
     * The person's answer to Alexa's permission question: set the alert if granted, say how it went, and go on with
     * the routine from there (after the ice timer, the rest; after the walk reminder, goodbye until the walk).
     */
    public Optional<Response> permissionAnswered(HandlerInput input, Alert alert, boolean granted) {
        AlertOutcome outcome = granted ? alerts.set(input, alert, catalogue(input)) : AlertOutcome.DECLINED;
        Turn turn = Turn.of(input);
        Reply reply = routine.apply(turn.routine(), Command.ALERT_ANSWERED);
        Spoken spoken = voice(input).speak(List.of(alert.keyFor(outcome)), reply);
        turn.update(reply);
        return respond(input, spoken);
    }

    private static Alert alertOf(Reply.Effect effect) {
        return switch (effect) {
            case SETS_ICE_TIMER -> Alert.ICE_TIMER;
            case SETS_WALK_REMINDER -> Alert.WALK_REMINDER;
            default -> null;
        };
    }

    private SpeechCatalogue catalogue(HandlerInput input) {
        return catalogues.forLocale(input.getRequestEnvelope().getRequest().getLocale());
    }

    private Voice voice(HandlerInput input) {
        return new Voice(catalogue(input));
    }

    private static Optional<Response> respond(HandlerInput input, Spoken spoken) {
        return respond(input, spoken, Optional.empty());
    }

    private static Optional<Response> respond(HandlerInput input, Spoken spoken, Optional<? extends Directive> screen) {
        var builder = input.getResponseBuilder().withSpeech(spoken.speech()).withShouldEndSession(spoken.endsSession());
        if (spoken.reprompt() != null) {
            builder.withReprompt(spoken.reprompt());
        }
        screen.ifPresent(builder::addDirective);
        if (spoken.card() != null) {
            builder.withSimpleCard(spoken.card().title(), spoken.card().text());
        }
        return builder.build();
    }
}
