package io.parley.knowledge.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as a reader sees it, for matching: every character in its compatibility form (full-width "＜｜" becomes
 * "<|", "＄" becomes "$"), lower case, with invisible characters (zero-width spaces and joiners, soft hyphens,
 * byte-order marks, other format characters) left out, so that a pattern cannot be dodged by a character nobody sees.
 * Each folded character remembers where it came from, so a match can be taken out of the original text.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    private final int[] from;
    private final int[] to;

    private FoldedText(String original, String folded, int[] from, int[] to) {
        this.original = original;
        this.folded = folded;
        this.from = from;
        this.to = to;
    }

    static FoldedText of(String text) {
        var folded = new StringBuilder(text.length());
        int[] from = new int[text.length() * 2 + 8];
        int[] to = new int[from.length];
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (!invisible(codePoint)) {
                String form = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
                for (int k = 0; k < form.length(); k++) {
                    if (folded.length() == from.length) {
                        from = java.util.Arrays.copyOf(from, from.length * 2);
                        to = java.util.Arrays.copyOf(to, to.length * 2);
                    }
                    from[folded.length()] = i;
                    to[folded.length()] = next;
                    folded.append(form.charAt(k));
                }
            }
            i = next;
        }
        return new FoldedText(text, folded.toString(), from, to);
    }

    /** Characters with no width or glyph of their own: format characters (Cf) and a few invisible marks. */
    static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || codePoint == 0x034F || codePoint == 0x115F
                || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    /** The text without its invisible characters. */
    static String visible(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !invisible(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    String folded() {
        return folded;
    }

    boolean contains(Pattern pattern) {
        return pattern.matcher(folded).find();
    }

    /**
     * The original text with every match of {@code pattern} (in the folded text) replaced by {@code replacement},
     * and the invisible characters dropped.
     */
    String without(Pattern pattern, String replacement) {
        Matcher matcher = pattern.matcher(folded);
        var out = new StringBuilder(original.length());
        int copied = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            int start = from[matcher.start()];
            int end = to[matcher.end() - 1];
            if (start < copied) {
                continue;
            }
            out.append(visible(original.substring(copied, start))).append(replacement);
            copied = end;
        }
        return out.append(visible(original.substring(copied))).toString();
    }
}
