package io.parley.channel.adapter.rest;

import io.parley.channel.WidgetSettings;
import io.parley.channel.WidgetSettings.Field;
import io.parley.channel.WidgetSettings.Position;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A widget's settings on the wire, both ways. {@code colour} is {@code #rrggbb}; a missing or blank greeting means
 * the widget's built-in one; {@code showAgentName} shows who answers (an agent's name and picture, the bot's name);
 * a missing or blank {@code botName} means the widget's built-in "Assistant"; {@code nameField} and
 * {@code emailField} are HIDDEN, OPTIONAL or REQUIRED and decide the pre-chat form; {@code reopenWindowHours}
 * (0 to 720; missing means the installation's default) is how long after a resolve a visitor's follow-up reopens
 * the conversation. The domain checks the colour,
 * the greetings (at most 300 characters, no HTML) and the bot's name (at most 40 characters, one line).
 */
record WidgetSettingsBody(@NotNull @Size(max = 32) String colour, @NotNull Position position,
                          @Nullable @Size(max = 2000) String greetingEn, @Nullable @Size(max = 2000) String greetingZh,
                          @NotNull Boolean showAgentName, @Nullable @Size(max = 200) String botName,
                          @NotNull Field nameField, @NotNull Field emailField, @Nullable Integer reopenWindowHours) {

    static WidgetSettingsBody of(WidgetSettings settings) {
        return new WidgetSettingsBody(settings.colour(), settings.position(), settings.greetingEn(),
                settings.greetingZh(), settings.showAgentName(), settings.botName(), settings.nameField(),
                settings.emailField(), settings.reopenWindowHours());
    }

    WidgetSettings toSettings() {
        return new WidgetSettings(colour, position, greetingEn, greetingZh, showAgentName, botName, nameField,
                emailField, reopenWindowHours);
    }
}
