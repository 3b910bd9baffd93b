package com.backhelper.testing;

import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skill's SSML as a person hears it: each stretch of text spoken by espeak-ng (US English, at a rate standing in
 * for Alexa's voice, with {@code <prosody rate>} honoured), each {@code <break>} as exactly that much silence, and
 * every length measured with sox from the rendered audio. Word counts miss what a listener notices (commas, full
 * stops, long words), so timing the skill promises is checked here instead.
 *
 * <p>Each distinct text at each rate is rendered once (in memory, and on disk under {@code target/heard-audio}
 * between runs), in parallel, so a suite that hears the same few breathing cues many times stays fast. Tests call
 * {@link #assumeAvailable()} first: without espeak-ng and sox they are skipped with a message saying why, never
 * passed silently.
 */
public final class HeardAudio {

    /**
     * Alexa's usual voice speaks about 150 to 160 words a minute; espeak-ng's default is 175. Its words-per-minute
     * setting at 155 stands in for Alexa.
     */
    public static final int ALEXA_WORDS_PER_MINUTE = 155;
    public static final String VOICE = "en-us";
    /** Quieter than this (a fraction of full scale) counts as silence when finding where a sound starts and ends. */
    static final String SILENCE_THRESHOLD = "0.5%";

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    private static final Path CACHE = Paths.get("target", "heard-audio");
    private static final Map<String, CompletableFuture<Measured>> RENDERED = new ConcurrentHashMap<>();
    private static final ExecutorService RENDERERS = Executors.newFixedThreadPool(
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), runnable -> {
                Thread thread = new Thread(runnable, "heard-audio");
                thread.setDaemon(true);
                return thread;
            });
    private static volatile Boolean available;
    private static volatile String espeakVersion;

    private HeardAudio() {
    }

    /** True when espeak-ng and sox can both be run here. */
    public static boolean available() {
        Boolean known = available;
        if (known == null) {
            String version = output("espeak-ng", "--version");
            boolean sox = output("sox", "--version") != null;
            espeakVersion = version == null ? "" : version.strip();
            known = version != null && sox;
            available = known;
        }
        return known;
    }

    /** Skips the calling test, with a message on the console, where the audio cannot be rendered. */
    public static void assumeAvailable() {
        if (!available()) {
            String why = "SKIPPED: espeak-ng and sox are needed to measure speech as heard "
                    + "(apt-get install espeak-ng sox; .ci/run installs them where it can)";
            System.out.println(why);
            Assumptions.assumeTrue(false, why);
        }
    }

    /** Renders one SSML document and measures it. */
    public static Heard hear(String ssml) {
        return hearAll(List.of(ssml)).get(0);
    }

    /** Renders several documents, every distinct stretch of speech once and in parallel. */
    public static List<Heard> hearAll(List<String> ssmls) {
        if (!available()) {
            throw new IllegalStateException("espeak-ng or sox is missing; call HeardAudio.assumeAvailable() first");
        }
        List<List<Piece>> documents = ssmls.stream().map(HeardAudio::pieces).toList();
        documents.forEach(pieces -> pieces.stream().filter(Piece::spoken).forEach(HeardAudio::measure));
        return documents.stream().map(HeardAudio::assemble).toList();
    }

    /** The length of one text spoken at a rate (1.0 is the ordinary voice, 0.9 the calm one), in milliseconds. */
    public static Measured measureText(String text, double rate) {
        return measure(new Piece(text, text, rate, 0)).join();
    }

    private static Heard assemble(List<Piece> pieces) {
        List<Segment> segments = new ArrayList<>();
        double at = 0;
        for (Piece piece : pieces) {
            if (piece.spoken()) {
                Measured measured = measure(piece).join();
                segments.add(new Segment(piece.text(), piece.rate(), at, measured));
                at += measured.fileMillis();
            } else {
                at += piece.silenceMillis();
            }
        }
        return new Heard(pieces, List.copyOf(segments), at);
    }

    private static CompletableFuture<Measured> measure(Piece piece) {
        String key = key(piece.said(), piece.rate());
        return RENDERED.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> render(k, piece), RENDERERS));
    }

    private static Measured render(String key, Piece piece) {
        try {
            Files.createDirectories(CACHE);
            Path wav = CACHE.resolve(key + ".wav");
            if (!Files.exists(wav)) {
                Path partial = Files.createTempFile(CACHE, key, ".part.wav");
                int wordsPerMinute = (int) Math.round(ALEXA_WORDS_PER_MINUTE * piece.rate());
                Process espeak = new ProcessBuilder("espeak-ng", "-v", VOICE, "-s", Integer.toString(wordsPerMinute),
                        "-w", partial.toString(), "--stdin").redirectErrorStream(true).start();
                try (OutputStream in = espeak.getOutputStream()) {
                    in.write(piece.said().getBytes(StandardCharsets.UTF_8));
                }
                String said = new String(espeak.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!espeak.waitFor(60, TimeUnit.SECONDS) || espeak.exitValue() != 0) {
                    throw new IllegalStateException("espeak-ng failed on \"" + piece.text() + "\": " + said);
                }
                Files.move(partial, wav, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            double file = soxSeconds(wav, null);
            double afterLead = soxSeconds(wav, "silence 1 0.01 " + SILENCE_THRESHOLD);
            double sound = soxSeconds(wav, "silence 1 0.01 " + SILENCE_THRESHOLD + " reverse silence 1 0.01 "
                    + SILENCE_THRESHOLD + " reverse");
            return new Measured(file * 1000, (file - afterLead) * 1000, sound * 1000);
        } catch (IOException e) {
            throw new IllegalStateException("could not render \"" + piece.text() + "\"", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted rendering \"" + piece.text() + "\"", e);
        }
    }

    /** Seconds of audio in the file, after the sox effects given (none: the file as it is). */
    private static double soxSeconds(Path wav, String effects) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sox", wav.toString(), "-n"));
        if (effects != null) {
            command.addAll(List.of(effects.split(" ")));
        }
        command.add("stat");
        Process sox = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(sox.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        sox.waitFor(60, TimeUnit.SECONDS);
        Matcher length = Pattern.compile("Length \\(seconds\\):\\s+([0-9.]+)").matcher(report);
        if (!length.find()) {
            // sox reports nothing for a file that is all silence once trimmed.
            return 0;
        }
        return Double.parseDouble(length.group(1));
    }

    private static String key(String text, double rate) {
        available();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String described = espeakVersion + "|" + VOICE + "|" + ALEXA_WORDS_PER_MINUTE + "|" + rate + "|" + text;
            return HexFormat.of().formatHex(sha.digest(described.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- SSML to pieces: text at a rate, or silence ---

    static List<Piece> pieces(String ssml) {
        Element root;
        try {
            root = SsmlRules.parse(ssml);
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed SSML: " + ssml, e);
        }
        List<Piece> pieces = new ArrayList<>();
        Stretch text = new Stretch();
        double[] rate = {1.0};
        walk(root, 1.0, pieces, text, rate);
        flush(pieces, text, rate[0]);
        return List.copyOf(pieces);
    }

    /** The speech gathered since the last silence or change of speed: as written, and as said. */
    private static final class Stretch {
        final StringBuilder written = new StringBuilder();
        final StringBuilder said = new StringBuilder();

        void append(String writtenText, String saidText) {
            written.append(writtenText);
            said.append(saidText);
        }
    }

    private static void walk(Node node, double rate, List<Piece> pieces, Stretch text, double[] textRate) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String value = child.getNodeValue();
                speak(value, value, rate, pieces, text, textRate);
            } else if (child instanceof Element element) {
                String written = element.getTextContent();
                switch (element.getTagName()) {
                    case "break" -> {
                        flush(pieces, text, textRate[0]);
                        pieces.add(new Piece(null, null, 0, breakMillis(element)));
                    }
                    case "prosody" -> walk(element, rate * rateOf(element.getAttribute("rate")), pieces, text,
                            textRate);
                    case "sub" -> speak(written, " " + element.getAttribute("alias") + " ", rate, pieces, text,
                            textRate);
                    // Digits one by one ("9 1 1" is "nine one one"), as Alexa says them.
                    case "say-as" -> speak(written, element.getAttribute("interpret-as").equals("digits")
                            ? " " + written.replaceAll("(\\d)", "$1 ") + " " : written, rate, pieces, text, textRate);
                    case "audio" -> throw new IllegalArgumentException("<audio> has no length known here");
                    default -> walk(element, rate, pieces, text, textRate);
                }
            }
        }
    }

    private static void speak(String written, String said, double rate, List<Piece> pieces, Stretch text,
                              double[] textRate) {
        if (!said.isBlank() && rate != textRate[0]) {
            // A change of voice speed starts a new stretch of speech, with no silence between.
            flush(pieces, text, textRate[0]);
            textRate[0] = rate;
        }
        text.append(written, said);
    }

    private static void flush(List<Piece> pieces, Stretch text, double rate) {
        String said = text.said.toString().replaceAll("\\s+", " ").strip();
        if (!said.isEmpty()) {
            pieces.add(new Piece(text.written.toString().replaceAll("\\s+", " ").strip(), said, rate, 0));
        }
        text.written.setLength(0);
        text.said.setLength(0);
    }

    static double breakMillis(Element element) {
        Matcher time = TIME.matcher(element.getAttribute("time"));
        if (time.matches()) {
            double value = Double.parseDouble(time.group(1));
            return time.group(2).equals("s") ? value * 1000 : value;
        }
        // Alexa's named strengths, in the lengths its documentation gives.
        return switch (element.getAttribute("strength")) {
            case "none" -> 0;
            case "x-weak", "weak" -> 250;
            case "strong" -> 1000;
            case "x-strong" -> 1500;
            default -> 750;
        };
    }

    static double rateOf(String rate) {
        Matcher percent = PERCENT.matcher(rate.strip());
        if (percent.matches()) {
            return Double.parseDouble(percent.group(1)) / 100;
        }
        return switch (rate.strip().toLowerCase(Locale.ROOT)) {
            case "x-slow" -> 0.5;
            case "slow" -> 0.75;
            case "fast" -> 1.25;
            case "x-fast" -> 1.5;
            default -> 1.0;
        };
    }

    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // --- What is measured ---

    /**
     * Text spoken at a rate, or (text null) a silence: the text as the skill wrote it, and as it is said ("911" is
     * said "9 1 1", as {@code <say-as interpret-as="digits">} asks).
     */
    record Piece(String text, String said, double rate, double silenceMillis) {
        boolean spoken() {
            return text != null;
        }
    }

    /**
     * One rendering's lengths: the whole file, the quiet before its first sound, and from first sound to last.
     * espeak-ng, like Alexa, leaves a little quiet at the edges of what it says; it is part of what is heard.
     */
    public record Measured(double fileMillis, double leadingSilenceMillis, double soundMillis) {
    }

    /** A stretch of speech within a response: where its audio starts, and when its first sound is heard. */
    public record Segment(String text, double rate, double startMillis, Measured measured) {

        public double lengthMillis() {
            return measured.fileMillis();
        }

        public double endMillis() {
            return startMillis + measured.fileMillis();
        }

        /** When a listener hears it begin. */
        public double heardAtMillis() {
            return startMillis + measured.leadingSilenceMillis();
        }

        /** True for text in the calm voice, slower than the ordinary one. */
        public boolean calm() {
            return rate < 1.0;
        }
    }

    /** A response as heard: its stretches of speech, in order, and its whole length with every silence. */
    public record Heard(List<Piece> pieces, List<Segment> segments, double totalMillis) {

        /** The first stretch of speech that matches, e.g. the first breathing cue. */
        public Segment first(Predicate<Segment> which) {
            return segments.stream().filter(which).findFirst()
                    .orElseThrow(() -> new AssertionError("no such segment in " + segments));
        }

        /** The segments that match, in order. */
        public List<Segment> segments(Predicate<Segment> which) {
            return segments.stream().filter(which).toList();
        }

        /**
         * The phases between the matching segments: from one's first sound to the next one's first sound, in
         * milliseconds. For breathing cues, each is a breath in or a breath out as the listener follows it. The
         * last cue has no next cue, so its phase is measured to its own end plus the silence after it.
         */
        public List<Double> phasesMillis(Predicate<Segment> cues) {
            List<Segment> matched = segments(cues);
            List<Double> phases = new ArrayList<>();
            for (int i = 0; i + 1 < matched.size(); i++) {
                phases.add(matched.get(i + 1).heardAtMillis() - matched.get(i).heardAtMillis());
            }
            if (!matched.isEmpty()) {
                Segment last = matched.get(matched.size() - 1);
                phases.add(last.endMillis() + silenceAfter(last) - last.heardAtMillis()
                        + nextSegmentLead(last));
            }
            return phases;
        }

        /** The longest silence written in the SSML, in milliseconds. */
        public double longestBreakMillis() {
            return pieces.stream().filter(piece -> !piece.spoken()).mapToDouble(Piece::silenceMillis).max()
                    .orElse(0);
        }

        /** Silence written right after a segment, up to the next speech. */
        public double silenceAfter(Segment segment) {
            double silence = 0;
            int index = segmentIndex(segment);
            for (int i = index + 1; i < pieces.size() && !pieces.get(i).spoken(); i++) {
                silence += pieces.get(i).silenceMillis();
            }
            return silence;
        }

        private double nextSegmentLead(Segment segment) {
            int index = segments.indexOf(segment);
            return index + 1 < segments.size() ? segments.get(index + 1).measured().leadingSilenceMillis() : 0;
        }

        private int segmentIndex(Segment segment) {
            int spokenSeen = -1;
            int wanted = segments.indexOf(segment);
            for (int i = 0; i < pieces.size(); i++) {
                if (pieces.get(i).spoken() && ++spokenSeen == wanted) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not in this response: " + segment);
        }

        /** Writes the response as one audio file, to listen to what a test measured. */
        public void writeWav(Path file) throws IOException, InterruptedException {
            Path parts = Files.createTempDirectory("heard");
            List<String> command = new ArrayList<>(List.of("sox"));
            int n = 0;
            for (Piece piece : pieces) {
                Path part = parts.resolve(n++ + ".wav");
                if (piece.spoken()) {
                    Files.copy(CACHE.resolve(key(piece.said(), piece.rate()) + ".wav"), part);
                } else {
                    run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", part.toString(), "trim", "0",
                            String.format(Locale.ROOT, "%.3f", piece.silenceMillis() / 1000));
                }
                command.add(part.toString());
            }
            command.add(file.toString());
            run(command.toArray(String[]::new));
        }

        private static void run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + ": " + out);
            }
        }
    }
}
