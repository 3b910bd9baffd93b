package com.backhelper.conversation;

import com.backhelper.testing.Facts;
import org.junit.jupiter.api.Test;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Heat is offered as an equal choice, so it gets the same care as ice (S4): a towel, never on numb skin, not asleep
 * on a heating pad, 15 to 20 minutes; and the timer is for the ice or the heat.
 */
class HeatAsSafeAsIceTest {

    @Test
    void theIceStep_givesHeatItsSafetyAdvice_andOffersATimerForEither() {
        String ice = conversation().user("help me now").user("next").user("next").hears("R3", "S4")
                .asks("ui.ask.OFFER_ICE_TIMER").speech();
        for (String advice : new String[] {"heat", "thin towel", "numb", "fall asleep on a heating pad", "15 to 20"}) {
            assertTrue(ice.contains(advice), "the ice step says " + advice + ": " + ice);
        }
        assertTrue(ice.contains("ice or heat"), "the timer is for either: " + ice);
    }

    @Test
    void askingAboutIceOrHeat_getsTheSameSafetyAdvice() {
        String answer = conversation().user("should i use ice or heat").hears("R3", "S4").speech();
        assertTrue(answer.contains("numb") && answer.contains("heating pad"), answer);
    }

    @Test
    void theTimer_andWhatItSaysWhenItGoesOff_areForTheIceOrTheHeat() {
        for (String key : new String[] {"ui.ice_timer_label", "S4.ice_timer_announce", "S4.timer_set",
                "ui.reprompt.OFFER_ICE_TIMER"}) {
            assertTrue(Facts.catalogue().text(key).contains("ice or heat"), key + ": " + Facts.catalogue().text(key));
        }
    }
}
