package com.backhelper.testing;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alexa's rules for output speech, checked independently of the code that writes it: well-formed XML with a
 * {@code speak} root, only tags Alexa supports, breaks of at most 10 s, at most 8,000 characters.
 */
public final class SsmlRules {

    /** Tags Alexa's SSML reference lists for custom skills. */
    static final Set<String> ALEXA_TAGS = Set.of("speak", "break", "prosody", "emphasis", "p", "s", "say-as", "sub",
            "w", "phoneme", "lang", "voice", "audio", "amazon:effect", "amazon:emotion", "amazon:domain", "mark");
    static final int MAX_CHARACTERS = 8_000;
    static final int MAX_BREAK_MILLIS = 10_000;
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");
    private static final Pattern RATE = Pattern.compile("x-slow|slow|medium|fast|x-fast|\\d{2,3}%");

    private SsmlRules() {
    }

    /** Everything wrong with this SSML; empty when Alexa would accept it. */
    public static List<String> problems(String ssml) {
        List<String> problems = new ArrayList<>();
        if (ssml == null) {
            problems.add("no SSML");
            return problems;
        }
        if (ssml.length() > MAX_CHARACTERS) {
            problems.add("longer than " + MAX_CHARACTERS + " characters: " + ssml.length());
        }
        Element root;
        try {
            root = parse(ssml);
        } catch (Exception e) {
            problems.add("not well-formed XML: " + e.getMessage());
            return problems;
        }
        if (!root.getTagName().equals("speak")) {
            problems.add("root is <" + root.getTagName() + ">, not <speak>");
        }
        check(root, problems);
        return problems;
    }

    /** The SSML's root element, parsed with no document type allowed (SSML never has one). */
    static Element parse(String ssml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(ssml))).getDocumentElement();
    }

    private static void check(Element element, List<String> problems) {
        String tag = element.getTagName();
        if (!ALEXA_TAGS.contains(tag)) {
            problems.add("tag Alexa does not support: <" + tag + ">");
        }
        if (tag.equals("break")) {
            long millis = breakMillis(element.getAttribute("time"));
            if (millis < 0 || millis > MAX_BREAK_MILLIS) {
                problems.add("break of " + element.getAttribute("time") + " (at most 10 s)");
            }
        }
        if (tag.equals("prosody") && element.hasAttribute("rate") && !RATE.matcher(element.getAttribute("rate")).matches()) {
            problems.add("prosody rate Alexa does not accept: " + element.getAttribute("rate"));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                check(e, problems);
            }
        }
    }

    /** A break's time in milliseconds; -1 when it is not a time Alexa understands. */
    public static long breakMillis(String time) {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            return -1;
        }
        double value = Double.parseDouble(m.group(1));
        return Math.round(m.group(2).equals("s") ? value * 1000 : value);
    }

    /** Every break in the SSML, in order, in milliseconds. */
    public static List<Long> breaks(String ssml) {
        List<Long> breaks = new ArrayList<>();
        Matcher m = Pattern.compile("<break time=\"([^\"]+)\"/>").matcher(ssml);
        while (m.find()) {
            breaks.add(breakMillis(m.group(1)));
        }
        return breaks;
    }
}
