package com.backhelper.conversation;

import com.backhelper.local.LocalSession;
import com.backhelper.local.Utterance;
import com.backhelper.speech.SpeechCatalogues;
import com.backhelper.testing.Conversation;
import com.backhelper.testing.Facts;
import com.backhelper.testing.HeardAudio;
import com.backhelper.testing.HeardAudio.Heard;
import com.backhelper.testing.HeardAudio.Segment;
import com.backhelper.testing.SkillDriver;
import com.backhelper.testing.SpeechFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.Locale;

import static com.backhelper.testing.Conversation.conversation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How long a person in pain waits, measured from the rendered audio (HeardAudio): the first breathing cue within
 * 15 s of "help me now" the first time in an episode (safety line included) and within 5 s every later time; the
 * explanation in 30 to 45 s; "is this serious" under 30 s in every locale, with that locale's number to call in its first sentence.
 */
class AnswersAsHeardTest {

    @Test
    void helpMeNow_reachesTheFirstBreath_within15sTheFirstTime_andWithin5sEveryLaterTime() {
        HeardAudio.assumeAvailable();
        Conversation person = conversation().user("help me now");
        String first = person.speech();
        String sameSession = person.user("help me now").speech();
        String anotherRound = person.user("yes").speech();
        String newSession = person.onAnotherDevice(SkillDriver.standard())
                .user("help me now").speech();
        List<Heard> heard = HeardAudio.hearAll(List.of(first, sameSession, anotherRound, newSession));

        double firstCue = firstCue(heard.get(0));
        Segment safety = heard.get(0).segments().get(0);
        System.out.printf(Locale.ROOT, "as heard: first help me now: lead-in (safety line, calming sentence) %.1f s,"
                + " first breathing cue at %.1f s,"
                + " whole response %.1f s%n", safety.lengthMillis() / 1000, firstCue / 1000,
                heard.get(0).totalMillis() / 1000);
        assertTrue(Facts.carries("<speak>" + safety.text() + "</speak>", "S1"), "the safety line comes first: "
                + safety.text());
        assertTrue(firstCue <= 15_000, "first cue at " + firstCue + " ms");

        String[] later = {"help me now again, same session", "yes to another round", "help me now, new session"};
        for (int i = 1; i < heard.size(); i++) {
            double cue = firstCue(heard.get(i));
            System.out.printf(Locale.ROOT, "as heard: %s: first breathing cue at %.1f s%n", later[i - 1],
                    cue / 1000);
            assertTrue(cue <= 5_000, later[i - 1] + ": first cue at " + cue + " ms");
        }
    }

    @Test
    void inEveryLocale_theFirstBreathComesWithin15s_withThatLocalesNumber() {
        HeardAudio.assumeAvailable();
        List<String> locales = SpeechCatalogues.SUPPORTED_LOCALES;
        List<Heard> heard = HeardAudio.hearAll(firstAnswerInEveryLocale("HelpMeNowIntent"));
        for (int i = 0; i < locales.size(); i++) {
            double cue = firstCue(heard.get(i));
            System.out.printf(Locale.ROOT, "as heard: first help me now in %s: first breathing cue at %.1f s%n",
                    locales.get(i), cue / 1000);
            assertTrue(cue <= 15_000, locales.get(i) + ": first cue at " + cue + " ms");
        }
    }

    @Test
    void theExplanation_takes30To45s_andOffersMore() {
        HeardAudio.assumeAvailable();
        Conversation person = conversation().user("what happens when my back goes out").hears("E1", "E4", "E6")
                .says("ui.explain_more");
        double seconds = HeardAudio.hear(person.speech()).totalMillis() / 1000;
        System.out.printf(Locale.ROOT, "as heard: the explanation, with its offer: %.1f s%n", seconds);
        assertTrue(seconds >= 30 && seconds <= 45, "explanation " + seconds + " s");
    }

    @Test
    void isThisSerious_inEveryLocale_saysThatLocalesNumberInItsFirstSentence_andTakesUnder30s() {
        HeardAudio.assumeAvailable();
        Conversation person = conversation().user("is this serious").hears("S1", "S3");
        List<String> locales = SpeechCatalogues.SUPPORTED_LOCALES;
        List<String> speech = firstAnswerInEveryLocale("IsItSeriousIntent");
        assertEquals(person.speech(), speech.get(0), "the typed question and the intent give the same answer");
        List<Heard> heard = HeardAudio.hearAll(speech);
        for (int i = 0; i < locales.size(); i++) {
            String number = emergencyNumber(locales.get(i));
            String firstSentence = heard.get(i).segments().get(0).text().split("(?<=[.!?])\\s")[0];
            double seconds = heard.get(i).totalMillis() / 1000;
            System.out.printf(Locale.ROOT, "as heard: is this serious in %s: %.1f s, first sentence: %s%n",
                    locales.get(i), seconds, firstSentence);
            assertTrue(firstSentence.startsWith("Call " + number), locales.get(i) + ": the action first: "
                    + firstSentence);
            assertTrue(seconds < 30, locales.get(i) + ": is this serious " + seconds + " s");
        }
    }

    /** What a new person in each supported locale hears first when their request reaches this intent. */
    private static List<String> firstAnswerInEveryLocale(String intent) {
        return SpeechCatalogues.SUPPORTED_LOCALES.stream().map(locale -> new LocalSession(
                        SkillDriver.standard().as(e -> { }), "amzn1.ask.account.HEARD-" + UUID.randomUUID(), locale)
                .say(Utterance.intent(intent)).path("response").path("outputSpeech").path("ssml").asText()).toList();
    }

    /** The number the locale's speech file names (locale.emergency_number), read from the file itself. */
    private static String emergencyNumber(String locale) {
        return SpeechFiles.read(locale).getProperty("locale.emergency_number");
    }

    private static double firstCue(Heard heard) {
        return heard.first(Segment::calm).heardAtMillis();
    }
}
