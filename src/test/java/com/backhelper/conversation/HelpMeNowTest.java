package com.backhelper.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static com.backhelper.testing.Conversation.conversation;

/** Someone in pain hears guidance in the first sentence: the safety line, then breathing, never a menu. */
class HelpMeNowTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"help me now", "i threw my back out", "my back just went out", "what should i do",
            "i'm stuck on the floor", "ask back helper to help me now", "my back's gone out"})
    void painInAnyWords_startsTheBreathing_withTheSafetyLineFirst(String said) {
        conversation().user(said).resolvedAs("HelpMeNowIntent")
                .hearsInOrder("S1", "R1")
                .pausesAtLeast(8)
                .asks("ui.ask.ANOTHER_ROUND");
    }

    @Test
    void theSafetyLine_isNotRepeated_inTheSameEpisode() {
        conversation().user("help me now").hears("S1")
                .user("yes").doesNotHear("S1").hears("R1")
                .user("help me now").doesNotHear("S1").hears("R1");
    }

    @Test
    void helpMeNow_thenNext_guidesToLyingDown_andWaitsAMinuteWhileThePersonMoves() {
        conversation().user("help me now").user("next").hears("R2").says("ui.wait")
                .silentForAtLeast(Duration.ofSeconds(60)).asks("ui.ask.LYING_DOWN")
                .noAnswer().silentForAtLeast(Duration.ofSeconds(60)).says("ui.reprompt.LYING_DOWN");
    }

    @Test
    void quietAfterTheFirstRound_hearsASecondRound_notAMenu() {
        conversation().user("help me now").noAnswer().says("R1.keep_going").pausesAtLeast(8)
                .breathesAt(4000, 6000).says("ui.reprompt.ANOTHER_ROUND").doesNotHear("S1");
    }
}
