package io.parley.knowledge.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the bot's answers may carry besides text: links to the hosts the workspace allows, nothing else. Images
 * (Markdown inline {@code ![a](u)} and reference-style {@code ![a][1]}, HTML {@code <img>}) are dropped: a client
 * that shows an image fetches it at once, so its address could carry the conversation away without a click. Raw HTML
 * is dropped (tags and comments; {@code <script>}, {@code <style>}, {@code <iframe>}... with their content, and a
 * reasoning model's {@code <think>} block). Links
 * (inline, reference-style with their {@code [1]: url} definitions, autolinks {@code <url>}, bare URLs and
 * {@code www.} names) stay only when they are absolute {@code http}/{@code https} links to an allowed host; any
 * other link keeps its text and loses its address, and a bare address is taken out. {@code javascript:},
 * {@code vbscript:}, {@code data:}, {@code file:} and every other scheme are never links, however written (in any
 * case, with HTML entities such as {@code &#106;} or {@code &colon;}, with spaces or invisible characters inside).
 * HTML entities are decoded first, so that an encoded tag or scheme is judged as what it would show.
 */
public final class AnswerMarkup {

    private static final char HOLE = '\uE000';

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});?");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("amp", "&"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("colon", ":"), Map.entry("tab", "\t"), Map.entry("newline", "\n"), Map.entry("lpar", "("),
            Map.entry("rpar", ")"), Map.entry("sol", "/"), Map.entry("bsol", "\\"), Map.entry("num", "#"),
            Map.entry("excl", "!"), Map.entry("period", "."), Map.entry("comma", ","), Map.entry("semi", ";"),
            Map.entry("equals", "="), Map.entry("lsqb", "["), Map.entry("rsqb", "]"), Map.entry("lbrack", "["),
            Map.entry("rbrack", "]"), Map.entry("quest", "?"), Map.entry("commat", "@"), Map.entry("percnt", "%"));

    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^[ \\t]{0,3}\\[([^\\]\\n]{1,200})\\]:[ \\t]*(?:\\n[ \\t]*)?(<[^>\\n]*>|\\S+)[^\\n]*(?:\\n|$)");
    private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?(?:-->|$)");
    private static final Pattern DANGEROUS_ELEMENT = Pattern.compile("(?i)<\\s*(script|style|iframe|object|embed"
            + "|template|svg|math|noscript|textarea|title|xmp|noembed|noframes|frameset|frame|applet|head|think|thinking)\\b"
            + "[\\s\\S]*?(?:<\\s*/\\s*\\1\\s*>|$)");
    // link text: brackets inside it are allowed one level deep
    private static final String TEXT = "((?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*\\])*)";
    // a destination: up to the closing parenthesis, with balanced parentheses one level deep, and an optional title
    // (a browser ignores spaces and tabs inside an address, so they do not end one here)
    private static final String DESTINATION = "\\(([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)*)\\)";
    private static final Pattern TITLE = Pattern.compile("\\s+(?:\"[^\"]*\"|'[^']*'|\\([^()]*\\))\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\s*\\[" + TEXT + "\\]\\s*(?:" + DESTINATION
            + "|\\[[^\\]\\n]*\\])?");
    private static final Pattern INLINE_LINK = Pattern.compile("\\[" + TEXT + "\\]" + DESTINATION);
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[" + TEXT + "\\]\\s?\\[([^\\]\\n]*)\\]");
    private static final Pattern SHORTCUT_LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,200})\\](?![\\[(:])");
    private static final Pattern AUTOLINK = Pattern.compile(
            "<\\s*([A-Za-z][A-Za-z0-9+.\\-]{0,31}\\s*:[^<>\\s]*|[^<>\\s@]+@[^<>\\s@]+)\\s*>");
    private static final Pattern TAG = Pattern.compile(
            "<\\s*/?\\s*[A-Za-z][A-Za-z0-9:\\-]*(?:\\s[^<>]*)?/?\\s*>|<\\s*/?\\s*[A-Za-z][A-Za-z0-9:\\-]*\\s[^<>]*$"
                    + "|<[!?][^<>]*>?");
    // any scheme followed by //, www. names, and the schemes that run or embed content even without //
    private static final Pattern BARE_URL = Pattern.compile("(?i)(?:\\b[a-z][a-z0-9+.\\-]{1,31}:\\s*//|\\bwww\\.)"
            + "[^\\s<>\"'`]*|\\b(?:" + String.join("|", java.util.stream.Stream.of("javascript", "vbscript", "livescript",
            "data", "file", "blob", "filesystem").map(AnswerMarkup::tabsBetween).toList())
            + ")[\\t\\r\\n]*:[^\\s<>\"'`]+");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?。，；：！？、)）\\]】》」』'\"*_~]+$");

    private AnswerMarkup() {}

    /** A scheme's name with tabs and line breaks allowed between its letters, as browsers drop them from addresses. */
    private static String tabsBetween(String scheme) {
        return String.join("[\\t\\r\\n]*", scheme.split(""));
    }

    /** The answer with images, HTML and links to hosts {@code allowedHost} refuses taken out. */
    public static String sanitise(String answer, Predicate<String> allowedHost) {
        // taking a piece out can join what was around it into new markup ("<scr<b>ipt>"): again until nothing changes
        String current = answer;
        for (int pass = 0; pass < 4; pass++) {
            String next = once(current, allowedHost);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current.replace("<", "‹").replace(">", "›").replace("](", "] (");
    }

    private static String once(String answer, Predicate<String> allowedHost) {
        String text = decodeEntities(FoldedText.visible(answer)).replace(HOLE, ' ');
        var definitions = new HashMap<String, String>();
        text = replace(DEFINITION, text, m -> {
            definitions.putIfAbsent(label(m.group(1)), unbracketed(m.group(2)));
            return "";
        });
        text = replace(COMMENT, text, m -> "");
        text = replace(DANGEROUS_ELEMENT, text, m -> "");
        text = replace(IMAGE, text, m -> "");
        // links kept are set aside, so that the passes below do not take their addresses out again
        var kept = new java.util.ArrayList<String>();
        text = replace(INLINE_LINK, text, m -> link(m.group(1), unbracketed(m.group(2)), allowedHost, kept));
        text = replace(REFERENCE_LINK, text, m -> {
            String target = definitions.get(label(m.group(2).isBlank() ? m.group(1) : m.group(2)));
            return target == null ? m.group(1) : link(m.group(1), target, allowedHost, kept);
        });
        text = replace(SHORTCUT_LINK, text, m -> {
            String target = definitions.get(label(m.group(1)));
            // without a definition "[1]" is text (citations are written so); with a refused one it stays text too
            return target == null || !allowed(target, allowedHost) ? m.group()
                    : link(m.group(1), target, allowedHost, kept);
        });
        text = replace(AUTOLINK, text, m -> allowed(m.group(1), allowedHost) ? hold("<" + m.group(1).strip() + ">",
                kept) : "");
        text = replace(TAG, text, m -> "");
        text = replace(BARE_URL, text, m -> {
            String url = m.group();
            Matcher trailing = TRAILING.matcher(url);
            String tail = trailing.find() ? trailing.group() : "";
            String bare = url.substring(0, url.length() - tail.length());
            return (allowed(bare, allowedHost) ? hold(bare, kept) : "") + tail;
        });
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == HOLE) {
                int end = text.indexOf(HOLE, i + 1);
                out.append(kept.get(Integer.parseInt(text.substring(i + 1, end))));
                i = end;
            } else {
                out.append(c);
            }
        }
        return tidy(out.toString());
    }

    /** Whether {@code url} is an absolute http(s) address of a host {@code allowedHost} accepts. */
    public static boolean allowed(String url, Predicate<String> allowedHost) {
        String host = host(url);
        return host != null && allowedHost.test(host);
    }

    /** The host of an absolute http(s) address (or a www. name), lower case; null for anything else. */
    static String host(String url) {
        // browsers ignore spaces, tabs, newlines and control characters inside an address
        String text = FoldedText.visible(decodeEntities(url)).replaceAll("[\\s\\p{Cntrl}]", "");
        String lower = text.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("http:\\\\")
                || lower.startsWith("https:\\\\")) {
            rest = text.substring(lower.indexOf(':') + 1).replaceFirst("^[/\\\\]+", "");
        } else if (lower.startsWith("www.")) {
            rest = text;
        } else {
            return null;
        }
        int end = 0;
        while (end < rest.length() && "/\\?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            return null;
        }
        int colon = authority.indexOf(':');
        String host = colon >= 0 ? authority.substring(0, colon) : authority;
        host = percentDecoded(host).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.isEmpty() || host.matches(".*[\\s%<>\"'`].*") ? null : host;
    }

    static String decodeEntities(String text) {
        String current = text;
        for (int pass = 0; pass < 3; pass++) {
            String decoded = replace(ENTITY, current, m -> {
                String name = m.group(1);
                try {
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        return Character.toString(Integer.parseInt(name.substring(2), 16));
                    }
                    if (name.startsWith("#")) {
                        return Character.toString(Integer.parseInt(name.substring(1)));
                    }
                } catch (IllegalArgumentException e) {
                    return "";
                }
                String value = NAMED.get(name.toLowerCase(Locale.ROOT));
                if (value != null) {
                    return value;
                }
                // browsers read a few names without their semicolon even with letters after them: "&ltscript"
                for (String legacy : List.of("lt", "gt", "amp", "quot", "nbsp")) {
                    if (!m.group().endsWith(";") && name.toLowerCase(Locale.ROOT).startsWith(legacy)) {
                        return NAMED.get(legacy) + name.substring(legacy.length());
                    }
                }
                return m.group();
            });
            if (decoded.equals(current)) {
                return decoded;
            }
            current = decoded;
        }
        return current;
    }

    private static String link(String text, String target, Predicate<String> allowedHost, List<String> kept) {
        // a client that links bare addresses would otherwise link one in the text of an allowed link
        String shown = replace(BARE_URL, text, m -> allowed(m.group(), allowedHost) ? m.group() : "");
        return allowed(target, allowedHost) ? hold("[" + shown + "](" + target.strip() + ")", kept) : text;
    }

    private static String hold(String markup, List<String> kept) {
        kept.add(markup);
        return HOLE + Integer.toString(kept.size() - 1) + HOLE;
    }

    private static String unbracketed(String target) {
        String text = TITLE.matcher(target.strip()).replaceFirst("").strip();
        return text.startsWith("<") && text.endsWith(">") ? text.substring(1, text.length() - 1) : text;
    }

    private static String label(String raw) {
        return raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String percentDecoded(String host) {
        try {
            return java.net.URLDecoder.decode(host.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return host + "%";
        }
    }

    /** Spaces left side by side by what was taken out become one; emptied lines at most one blank line. */
    private static String tidy(String text) {
        return text.replaceAll("(?<=\\S)[ \\t]{2,}(?=\\S)", " ").replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
