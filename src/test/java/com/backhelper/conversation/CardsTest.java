package com.backhelper.conversation;

import com.backhelper.testing.Conversation;
import com.backhelper.testing.Facts;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What can be read again in the Alexa app: the full list of warning signs when someone asks if this is serious,
 * and the routine's steps with the warning signs after the first "help me now" of an episode; nothing otherwise.
 */
class CardsTest {

    @Test
    void isThisSerious_sendsEveryWarningSign_andTheSameDaySigns_asACard_andSaysSo() {
        Conversation person = conversation().user("is this serious").hears("S1").says("ui.card_sent");
        String card = cardText(person.response());
        // Every S1 group in full, which the spoken answer can only name briefly, then S1D and S2.
        for (String sign : new String[] {"groin", "genitals", "buttocks", "inner thighs", "passing urine", "bowels",
                "both legs", "foot that drags", "chest pain", "breathing", "fever", "chills", "very unwell", "fall",
                "car accident", "injury", "Call 911", "cancer", "weight loss", "steroid", "osteoporosis",
                "immune system", "worse at night", "cannot call"}) {
            assertTrue(card.contains(sign), "the card names " + sign + ": " + card);
        }
        assertEquals(Facts.catalogue().text("S1.card.title"), card(person.response()).path("title").asText());
    }

    @Test
    void theFirstHelpMeNow_sendsTheRoutineAndTheWarningSigns_andLaterOnesSendNothing() {
        Conversation person = conversation().user("help me now");
        String card = cardText(person.response());
        for (String step : new String[] {"Breathe slowly", "feet up", "ice pack or heat", "Never on numb skin",
                "heating pad", "about an hour", "walk", "Call 911", "groin"}) {
            assertTrue(card.contains(step), "the card has " + step + ": " + card);
        }
        person.user("yes");
        assertTrue(card(person.response()).isMissingNode(), "one card an episode: " + person.response());
    }

    private static JsonNode card(JsonNode response) {
        return response.path("response").path("card");
    }

    private static String cardText(JsonNode response) {
        JsonNode card = card(response);
        assertEquals("Simple", card.path("type").asText(), "a simple card: " + response);
        return card.path("content").asText();
    }
}
