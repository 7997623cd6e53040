package io.parley.channel.adapter.rest;

import io.parley.channel.WidgetSettings;
import io.parley.channel.WidgetSettings.Field;
import io.parley.channel.WidgetSettings.Position;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A widget's settings on the wire, both ways. {@code colour} is {@code #rrggbb}; a missing or blank greeting means
 * the widget's built-in one; {@code nameField} and {@code emailField} are HIDDEN, OPTIONAL or REQUIRED and decide
 * the pre-chat form. The domain checks the colour and the greetings (at most 300 characters, no HTML).
 */
record WidgetSettingsBody(@NotNull @Size(max = 32) String colour, @NotNull Position position,
                          @Nullable @Size(max = 2000) String greetingEn, @Nullable @Size(max = 2000) String greetingZh,
                          @NotNull Boolean showAgentName, @NotNull Field nameField, @NotNull Field emailField) {

    static WidgetSettingsBody of(WidgetSettings settings) {
        return new WidgetSettingsBody(settings.colour(), settings.position(), settings.greetingEn(),
                settings.greetingZh(), settings.showAgentName(), settings.nameField(), settings.emailField());
    }

    WidgetSettings toSettings() {
        return new WidgetSettings(colour, position, greetingEn, greetingZh, showAgentName, nameField, emailField);
    }
}
