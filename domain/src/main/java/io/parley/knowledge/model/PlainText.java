package io.parley.knowledge.model;

import java.util.regex.Pattern;

/**
 * Text from a file made fit to be posted as a message: no control characters but line breaks, no lone surrogates,
 * runs of spaces and blank lines collapsed.
 */
final class PlainText {

    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u3000 ]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    private PlainText() {}

    static String clean(String raw) {
        var text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                text.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                continue;
            } else if (c == '\r') {
                text.append(i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? "" : "\n");
            } else if (c == '\n' || c == '\t') {
                text.append(c);
            } else if (Character.isISOControl(c) || c == '\u200B' || c == '\uFEFF') {
                text.append(c == '\u200B' || c == '\uFEFF' ? "" : " ");
            } else {
                text.append(c);
            }
        }
        String spaced = SPACES.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(spaced.replaceAll(" *\\n *", "\n")).replaceAll("\n\n").strip();
    }
}
