package com.backhelper.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.backhelper.alerts.Alert;

import java.util.Optional;

/**
 * The person's answer to Alexa's permission question for the ice timer or the walk reminder (a Connections.Response
 * to the skill's AskFor request, its token naming the alert): granted, the alert is set; refused or unanswered, the
 * person hears that it is fine and how to carry on.
 */
public final class PermissionAnswerHandler implements RequestHandler {

    private final Responder responder;

    public PermissionAnswerHandler(Responder responder) {
        this.responder = responder;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof ConnectionsResponse response
                && "AskFor".equals(response.getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse answer = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        Alert alert = Alert.ofToken(answer.getToken());
        if (alert == null) { // not an answer to anything this skill asked: an empty success, as for any event
            return input.getResponseBuilder().build();
        }
        Object status = answer.getPayload() == null ? null : answer.getPayload().get("status");
        return responder.permissionAnswered(input, alert, "ACCEPTED".equals(status));
    }
}
