package com.backhelper.speech;

import com.backhelper.routine.Part;
import com.backhelper.routine.Reply;

import java.util.List;

/**
 * The cards the Alexa app shows, so what matters can be read again after the voice has stopped: the full list of
 * warning signs (S1, and the same-day signs) whenever they are asked about, and, with the first breathing of an
 * episode, the routine's steps with the warning signs under them. One card a response at most (Alexa's rule).
 */
public final class Cards {

    /** A simple card: a title and plain text (Alexa shows line breaks). */
    public record Card(String title, String text) {
    }

    /** The answer key that means the person asked about warning signs. */
    static final String SIGNS_ANSWER = "S1.full";

    private Cards() {
    }

    /** The card for a turn, or null for none. */
    static Card forTurn(List<String> answerKeys, Reply reply, SpeechCatalogue words) {
        if (answerKeys.contains(SIGNS_ANSWER)) {
            return new Card(words.text("S1.card.title"),
                    String.join("\n\n", words.text("S1.card.urgent"), words.text("S1.card.same_day"),
                            words.text("S2.card")));
        }
        boolean firstBreathingOfEpisode = reply.parts().contains(Part.SAFETY_LINE)
                && reply.parts().contains(Part.BREATHING_ROUND);
        if (firstBreathingOfEpisode) {
            return new Card(words.text("ui.card.routine.title"),
                    String.join("\n\n", words.text("R1.R2.R3.R4.R5.S4.card.routine"), words.text("S1.card.urgent")));
        }
        return null;
    }

    /** Words that tell the listener a card was sent, when the card holds more than was said; null for none. */
    static String mentionKey(List<String> answerKeys) {
        return answerKeys.contains(SIGNS_ANSWER) ? "ui.card_sent" : null;
    }
}
