package io.parley.knowledge.model;

import io.parley.knowledge.model.DocumentText.Heading;
import io.parley.knowledge.model.DocumentText.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into passages along its structure: a passage never spans two sections (a heading starts a new
 * one), paragraphs of a section are packed together while they fit, and a paragraph too long for one passage is cut
 * at sentence ends, then at spaces. Passages do not overlap: the bot quotes them verbatim.
 *
 * <p>Size: a passage's {@linkplain DocumentChunk#indexText index text} (headings, a line break, the text) weighs at
 * most {@value #MAX_INDEX_TEXT}, a character weighing 1 and a Hangul syllable 3. Both embedding models tokenize with
 * WordPiece, which makes at most one token of each character (a Han character is one token, a Latin word fewer
 * tokens than letters) except where its normalisation decomposes a character: the uncased MiniLM splits a Hangul
 * syllable into up to three jamo. So with {@code [CLS]} and {@code [SEP]} a passage is at most 502 tokens and always
 * fits the models' 512-token window: nothing is cut off or averaged. The measured maxima are in docs/knowledge.md.
 * 500 characters is also about as much as a visitor reads comfortably as one chat message.
 */
public final class Chunker {

    public static final int MAX_INDEX_TEXT = 500;
    static final int MAX_LABEL = 120;
    static final int MAX_HEADING = 100;
    private static final String SEPARATOR = " › ";

    /** A passage before it is stored: the headings above it (outermost first) and its text. */
    public record Piece(List<String> headings, String text) {}

    private record Open(int level, String text) {}

    private Chunker() {}

    public static List<Piece> split(DocumentText document) {
        var pieces = new ArrayList<Piece>();
        var open = new ArrayList<Open>();
        var section = new ArrayList<String>();
        for (var block : document.blocks()) {
            if (block instanceof Heading heading) {
                flush(open, section, pieces);
                open.removeIf(o -> o.level() >= heading.level());
                String text = clip(PlainText.clean(heading.text()).replace('\n', ' '), MAX_HEADING);
                if (!text.isEmpty()) {
                    open.add(new Open(heading.level(), text));
                }
            } else if (block instanceof Paragraph paragraph) {
                String text = PlainText.clean(paragraph.text());
                if (!text.isEmpty()) {
                    section.add(text);
                }
            }
        }
        flush(open, section, pieces);
        return pieces;
    }

    /** The headings as one line, "Outer › Inner", at most {@value #MAX_LABEL} characters. */
    static String label(List<String> headings) {
        return clip(String.join(SEPARATOR, headings), MAX_LABEL);
    }

    private static void flush(List<Open> open, List<String> paragraphs, List<Piece> pieces) {
        if (paragraphs.isEmpty()) {
            return;
        }
        List<String> headings = open.stream().map(Open::text).toList();
        String label = label(headings);
        int budget = MAX_INDEX_TEXT - (label.isEmpty() ? 0 : weight(label) + 1);
        var current = new StringBuilder();
        int currentWeight = 0;
        for (String paragraph : paragraphs) {
            for (String part : fit(paragraph, budget)) {
                int partWeight = weight(part);
                if (!current.isEmpty() && currentWeight + 2 + partWeight > budget) {
                    pieces.add(new Piece(headings, current.toString()));
                    current.setLength(0);
                    currentWeight = 0;
                }
                currentWeight += (current.isEmpty() ? 0 : 2) + partWeight;
                current.append(current.isEmpty() ? "" : "\n\n").append(part);
            }
        }
        pieces.add(new Piece(headings, current.toString()));
        paragraphs.clear();
    }

    /** The paragraph in parts of at most {@code budget} characters, cut at sentence ends where possible. */
    static List<String> fit(String paragraph, int budget) {
        if (weight(paragraph) <= budget) {
            return List.of(paragraph);
        }
        var parts = new ArrayList<String>();
        var current = new StringBuilder();
        int currentWeight = 0;
        for (String sentence : sentences(paragraph)) {
            if (currentWeight + weight(sentence) > budget && !current.isEmpty()) {
                parts.add(current.toString().strip());
                current.setLength(0);
                currentWeight = 0;
            }
            String rest = sentence;
            while (weight(rest) > budget) {
                int cut = cutPoint(rest, budget);
                parts.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut);
            }
            current.append(rest);
            currentWeight += weight(rest);
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** Sentences with their closing punctuation and the space after it, so that joined they give the text back. */
    private static List<String> sentences(String text) {
        var sentences = new ArrayList<String>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = "。！？；!?;\n".indexOf(c) >= 0
                    || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
            if (end) {
                int next = i + 1;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                sentences.add(text.substring(start, next));
                start = next;
                i = next - 1;
            }
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    /** Where to cut a run without sentence ends: at the last space in its second half, else at the budget. */
    private static int cutPoint(String text, int budget) {
        int within = within(text, budget);
        int space = text.lastIndexOf(' ', within);
        return space > within / 2 ? space + 1 : within;
    }

    /** The longest prefix of {@code text} (in chars) that weighs at most {@code budget}, never half a character. */
    private static int within(String text, int budget) {
        int end = 0;
        int weight = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int next = weight + weight(codePoint) * Character.charCount(codePoint);
            if (next > budget) {
                break;
            }
            weight = next;
            end += Character.charCount(codePoint);
        }
        return Math.max(end, Math.min(text.length(), Character.charCount(text.codePointAt(0))));
    }

    /** What text costs of the token window, see the class comment: 3 per Hangul syllable, else 1 per char. */
    static int weight(String text) {
        int weight = 0;
        for (int i = 0; i < text.length(); i++) {
            weight += weight(text.charAt(i));
        }
        return weight;
    }

    private static int weight(int codePoint) {
        return codePoint >= 0xAC00 && codePoint <= 0xD7A3 ? 3 : 1;
    }

    private static String clip(String text, int max) {
        if (weight(text) <= max) {
            return text;
        }
        return text.substring(0, within(text, max - 1)) + "…";
    }
}
