package com.backhelper.conversation;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backhelper.local.InteractionModel;
import com.backhelper.local.LocalSession;
import com.backhelper.local.Utterance;
import com.backhelper.testing.AlexaApiStandIn;
import com.backhelper.testing.SkillDriver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Alexa tells a skill a device supports an interface only if the manifest declares it; a directive for an undeclared
 * interface is never sent (the breathing visual would never reach a screen). Tests that put APL into
 * supportedInterfaces themselves cannot see that, so this one collects every directive the real entry point sends on
 * a device that supports everything, and checks each against skill.json.
 */
class DeclaredInterfacesTest {

    /** Directive type prefixes and the manifest interface each needs; an empty one needs no declaration. */
    private static final Map<String, String> INTERFACE_BY_PREFIX = Map.of(
            "Alexa.Presentation.APL.", "ALEXA_PRESENTATION_APL",
            "Alexa.Presentation.APLA.", "",
            "Alexa.Presentation.HTML.", "ALEXA_PRESENTATION_HTML",
            "AudioPlayer.", "AUDIO_PLAYER",
            "VideoApp.", "VIDEO_APP",
            "Display.", "RENDER_TEMPLATE",
            "GameEngine.", "GAME_ENGINE",
            "GadgetController.", "GADGET_CONTROLLER",
            // Permission and consent requests (AskFor) and dialog management need nothing in interfaces.
            "Connections.SendRequest", "",
            "Dialog.", "");

    @Test
    void everyDirectiveTheSkillSends_isForAnInterfaceTheManifestDeclares() throws Exception {
        Set<String> sent = directivesSentToADeviceThatSupportsEverything();
        assertTrue(sent.contains("Alexa.Presentation.APL.RenderDocument"), "the conversations reach the visual: "
                + sent);
        assertTrue(sent.contains("Connections.SendRequest"), "and a permission request: " + sent);

        List<String> undeclared = undeclared(sent, declaredInterfaces(manifest()));
        assertEquals(List.of(), undeclared, "skill.json apis.custom.interfaces must declare these");
    }

    @Test
    void aManifestWithoutTheApl_isCaught() throws Exception {
        ObjectNode manifest = manifest().deepCopy();
        ((ObjectNode) manifest.path("apis").path("custom")).remove("interfaces");
        List<String> undeclared = undeclared(Set.of("Alexa.Presentation.APL.RenderDocument", "Connections.SendRequest"),
                declaredInterfaces(manifest));
        assertEquals(List.of("Alexa.Presentation.APL.RenderDocument needs ALEXA_PRESENTATION_APL"), undeclared);
    }

    @Test
    void aDirectiveOfAnUnknownKind_mustBeMappedBeforeItPasses() throws Exception {
        List<String> undeclared = undeclared(Set.of("Alexa.Something.New"), declaredInterfaces(manifest()));
        assertEquals(List.of("Alexa.Something.New: which interface does it need? Add it to INTERFACE_BY_PREFIX"),
                undeclared);
    }

    private static List<String> undeclared(Set<String> directiveTypes, Set<String> declared) {
        return directiveTypes.stream().sorted().flatMap(type -> {
            Optional<String> needed = INTERFACE_BY_PREFIX.entrySet().stream()
                    .filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
            if (needed.isEmpty()) {
                return Stream.of(type + ": which interface does it need? Add it to INTERFACE_BY_PREFIX");
            }
            return needed.get().isEmpty() || declared.contains(needed.get())
                    ? Stream.empty()
                    : Stream.of(type + " needs " + needed.get());
        }).toList();
    }

    /**
     * Representative conversations (launch, explain, the whole routine with the ice timer offered and accepted
     * without permission, follow-ups, help, stop) on a screen device with every interface and the Alexa API.
     */
    private static Set<String> directivesSentToADeviceThatSupportsEverything() throws IOException {
        Set<String> types = new TreeSet<>();
        try (AlexaApiStandIn alexaApi = new AlexaApiStandIn()) {
            RequestStreamHandler everything = SkillDriver.standard().as(envelope -> {
                ObjectNode system = (ObjectNode) envelope.path("context").path("System");
                system.put("apiEndpoint", alexaApi.endpoint());
                system.put("apiAccessToken", "token-" + UUID.randomUUID());
                ObjectNode interfaces = (ObjectNode) system.path("device").path("supportedInterfaces");
                interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2024.2");
                interfaces.putObject("Alexa.Presentation.APLA").putObject("runtime").put("maxVersion", "1.1");
                interfaces.putObject("AudioPlayer");
                interfaces.putObject("Display").put("templateVersion", "1.0").put("markupVersion", "1.0");
                interfaces.putObject("VideoApp");
            });
            List<List<String>> conversations = List.of(
                    List.of("launch", "ExplainIntent", "AMAZON.YesIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent"),
                    List.of("HelpMeNowIntent", "SlowerIntent", "AMAZON.NextIntent", "AMAZON.NextIntent",
                            "AMAZON.YesIntent"),
                    List.of("HelpMeNowIntent", "AMAZON.NextIntent", "AMAZON.NextIntent", "AMAZON.NoIntent",
                            "AMAZON.NextIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.RepeatIntent",
                            "AMAZON.FallbackIntent", "AMAZON.CancelIntent"));
            for (List<String> turns : conversations) {
                LocalSession person = new LocalSession(everything, "amzn1.ask.account.IFACE-" + UUID.randomUUID(),
                        "en-US");
                for (String turn : turns) {
                    JsonNode response = person.say(turn.equals("launch") ? Utterance.launch() : Utterance.intent(turn));
                    response.path("response").path("directives").forEach(d -> types.add(d.path("type").asText()));
                }
            }
        }
        return types;
    }

    private static Set<String> declaredInterfaces(JsonNode manifest) {
        Set<String> declared = new TreeSet<>();
        manifest.path("apis").path("custom").path("interfaces").forEach(i -> declared.add(i.path("type").asText()));
        return declared;
    }

    private static ObjectNode manifest() throws IOException {
        return (ObjectNode) new ObjectMapper()
                .readTree(Files.readString(InteractionModel.skillPackageDir().resolve("skill.json"))).path("manifest");
    }
}
