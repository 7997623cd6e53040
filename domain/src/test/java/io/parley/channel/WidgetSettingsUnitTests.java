package io.parley.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.channel.WidgetSettings.Field;
import io.parley.channel.WidgetSettings.Position;
import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;

class WidgetSettingsUnitTests {

    @Test
    void keepsAColourInLowerCase() {
        var settings = new WidgetSettings(" #AB12CD ", Position.LEFT, "Hello", "你好", false, null, Field.OPTIONAL,
                Field.REQUIRED);
        assertThat(settings.colour()).isEqualTo("#ab12cd");
        assertThat(settings.preChatForm()).isTrue();
    }

    @Test
    void rejectsAColourThatIsNotSixHexDigits() {
        for (String colour : new String[] {"blue", "#fff", "#12345g", "#1234567", "red;background:url(x)", ""}) {
            assertThatThrownBy(() -> new WidgetSettings(colour, Position.RIGHT, null, null, true, null, Field.HIDDEN,
                    Field.HIDDEN))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("channel.invalid-colour"));
        }
    }

    @Test
    void rejectsMarkupInAGreeting() {
        assertThatThrownBy(() -> new WidgetSettings("#2563eb", Position.RIGHT, "<script>alert(1)</script>", null,
                true, null, Field.HIDDEN, Field.HIDDEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("channel.invalid-greeting"));
        assertThatThrownBy(() -> new WidgetSettings("#2563eb", Position.RIGHT, null, "您好 <img src=x onerror=alert(1)>",
                true, null, Field.HIDDEN, Field.HIDDEN))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void rejectsAGreetingLongerThanTheLimit() {
        assertThatThrownBy(() -> new WidgetSettings("#2563eb", Position.RIGHT, "a".repeat(301), null, true, null,
                Field.HIDDEN, Field.HIDDEN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("channel.invalid-greeting"));
    }

    @Test
    void treatsABlankGreetingAsTheBuiltInOne() {
        var settings = new WidgetSettings("#2563eb", Position.RIGHT, "  ", "", true, null, Field.HIDDEN, Field.HIDDEN);
        assertThat(settings.greetingEn()).isNull();
        assertThat(settings.greetingZh()).isNull();
        assertThat(settings.preChatForm()).isFalse();
    }

    @Test
    void allowsALessThanSignThatOpensNoTag() {
        var settings = new WidgetSettings("#2563eb", Position.RIGHT, "Prices < 10 € today", null, true, null, Field.HIDDEN,
                Field.HIDDEN);
        assertThat(settings.greetingEn()).isEqualTo("Prices < 10 € today");
    }

    @Test
    void keepsABotNameOnOneLineAndWithinTheLimit() {
        var named = new WidgetSettings("#2563eb", Position.RIGHT, null, null, true, "  Parley 小助手 ", Field.HIDDEN,
                Field.HIDDEN);
        assertThat(named.botName()).isEqualTo("Parley 小助手");
        assertThat(new WidgetSettings("#2563eb", Position.RIGHT, null, null, true, " ", Field.HIDDEN, Field.HIDDEN)
                .botName()).as("blank means the widget's built-in name").isNull();
        for (String name : new String[] {"a".repeat(41), "Line one\nLine two"}) {
            assertThatThrownBy(() -> new WidgetSettings("#2563eb", Position.RIGHT, null, null, true, name,
                    Field.HIDDEN, Field.HIDDEN))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("channel.invalid-bot-name"));
        }
    }
}
