package io.parley.channel;

import io.parley.shared.DomainException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a web-widget inbox's widget looks and greets: its colour, the side of the page it sits on, a greeting per
 * language (none means the widget's built-in one), whether visitors see who answers (the agent's name and picture,
 * the bot's name), the bot's name (none means the widget's built-in "Assistant"), and which fields a pre-chat form
 * asks for before the first message, and for how many hours after a resolve a visitor's follow-up reopens the
 * conversation (none means the installation's default; 0 never reopens). Public: anyone who knows the widget key may
 * read it.
 */
public record WidgetSettings(String colour, Position position, @Nullable String greetingEn,
                             @Nullable String greetingZh, boolean showAgentName, @Nullable String botName,
                             Field nameField, Field emailField, @Nullable Integer reopenWindowHours) {

    public static final int MAX_REOPEN_WINDOW_HOURS = 720;

    public static final int MAX_GREETING = 300;
    public static final int MAX_BOT_NAME = 40;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    // A greeting is plain text; markup in it is a mistake or an attack, and widgets would show it literally anyway.
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    // after the patterns: building it runs the checks
    public static final WidgetSettings DEFAULT = new WidgetSettings("#2563eb", Position.RIGHT, null, null, true,
            null, Field.HIDDEN, Field.HIDDEN, null);

    /** Where the launcher and the panel sit. */
    public enum Position { LEFT, RIGHT }

    /** Whether the pre-chat form asks for a field, and whether the visitor may skip it. */
    public enum Field {
        HIDDEN, OPTIONAL, REQUIRED;

        public boolean asked() {
            return this != HIDDEN;
        }
    }

    public WidgetSettings {
        String lower = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(lower).matches()) {
            throw DomainException.invalid("channel.invalid-colour", "the colour must look like #2563eb (# and six hex digits)");
        }
        colour = lower;
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(nameField, "nameField");
        Objects.requireNonNull(emailField, "emailField");
        greetingEn = greeting(greetingEn);
        greetingZh = greeting(greetingZh);
        botName = botName(botName);
        if (reopenWindowHours != null && (reopenWindowHours < 0 || reopenWindowHours > MAX_REOPEN_WINDOW_HOURS)) {
            throw DomainException.invalid("channel.invalid-reopen-window",
                    "the reopen window is between 0 (never reopen) and " + MAX_REOPEN_WINDOW_HOURS + " hours");
        }
    }

    /** Settings with the installation's default reopen window. */
    public WidgetSettings(String colour, Position position, @Nullable String greetingEn, @Nullable String greetingZh,
                          boolean showAgentName, @Nullable String botName, Field nameField, Field emailField) {
        this(colour, position, greetingEn, greetingZh, showAgentName, botName, nameField, emailField, null);
    }

    /** Whether the widget shows a form before the first message. */
    public boolean preChatForm() {
        return nameField.asked() || emailField.asked();
    }

    private static @Nullable String botName(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_BOT_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("channel.invalid-bot-name",
                    "the bot's name has at most " + MAX_BOT_NAME + " characters on one line");
        }
        return stripped;
    }

    private static @Nullable String greeting(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_GREETING) {
            throw DomainException.invalid("channel.invalid-greeting",
                    "a greeting has at most " + MAX_GREETING + " characters");
        }
        if (MARKUP.matcher(stripped).find()) {
            throw DomainException.invalid("channel.invalid-greeting",
                    "a greeting is plain text; remove the HTML tags (text in < > brackets)");
        }
        return stripped;
    }
}
