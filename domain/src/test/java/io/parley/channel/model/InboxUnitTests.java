package io.parley.channel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.channel.ChannelType;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InboxUnitTests {

    private static final WorkspaceId WORKSPACE = WorkspaceId.random();
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void openingAWebWidgetInboxGivesItAKey() {
        var inbox = Inbox.open(WORKSPACE, "Website", ChannelType.WEB_WIDGET, true, NOW);

        assertThat(inbox.widgetKey()).isNotNull();
        assertThat(inbox.enabled()).isTrue();
        assertThat(inbox.botFirst()).isTrue();
        assertThat(inbox.workspaceId()).isEqualTo(WORKSPACE);
        assertThat(inbox.createdAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = ChannelType.class, names = "WEB_WIDGET", mode = EnumSource.Mode.EXCLUDE)
    void openingAnotherChannelGivesNoKey(ChannelType channel) {
        assertThat(Inbox.open(WORKSPACE, "Other", channel, false, NOW).widgetKey()).isNull();
    }

    @Test
    void rejectsWebWidgetInboxWithoutKey() {
        assertThatThrownBy(() -> new Inbox(InboxId.random(), WORKSPACE, "Website", ChannelType.WEB_WIDGET, null, false,
                true, NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("channel.widget-key"));
    }

    @ParameterizedTest
    @EnumSource(value = ChannelType.class, names = "WEB_WIDGET", mode = EnumSource.Mode.EXCLUDE)
    void rejectsKeyOnAnotherChannel(ChannelType channel) {
        assertThatThrownBy(() -> new Inbox(InboxId.random(), WORKSPACE, "Api", channel, WidgetKey.generate(), false,
                true, NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("channel.widget-key"));
    }

    @Test
    void stripsNameAndAcceptsEightyCharacters() {
        assertThat(Inbox.open(WORKSPACE, "  Website ", ChannelType.API, false, NOW).name()).isEqualTo("Website");
        assertThat(Inbox.open(WORKSPACE, "n".repeat(Inbox.MAX_NAME), ChannelType.API, false, NOW).name()).hasSize(80);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsBlankName(String name) {
        assertThatThrownBy(() -> Inbox.open(WORKSPACE, name, ChannelType.API, false, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("channel.invalid-name"));
    }

    @Test
    void rejectsRenameBeyondEightyCharactersAndKeepsTheName() {
        var inbox = Inbox.open(WORKSPACE, "Website", ChannelType.WEB_WIDGET, false, NOW);

        assertThatThrownBy(() -> inbox.rename("n".repeat(Inbox.MAX_NAME + 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("channel.invalid-name"));
        assertThat(inbox.name()).isEqualTo("Website");

        inbox.rename("Shop");
        assertThat(inbox.name()).isEqualTo("Shop");
    }

    @Test
    void disabledInboxRefusesNewConversations() {
        var inbox = Inbox.open(WORKSPACE, "Website", ChannelType.WEB_WIDGET, false, NOW);
        assertThatCode(inbox::checkAcceptsConversations).doesNotThrowAnyException();

        inbox.disable();

        assertThat(inbox.enabled()).isFalse();
        assertThatThrownBy(inbox::checkAcceptsConversations)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("channel.inbox-disabled");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                });
    }

    @Test
    void reEnabledInboxAcceptsConversationsAgain() {
        var inbox = Inbox.open(WORKSPACE, "Website", ChannelType.WEB_WIDGET, false, NOW);
        inbox.disable();

        inbox.enable();

        assertThat(inbox.enabled()).isTrue();
        assertThatCode(inbox::checkAcceptsConversations).doesNotThrowAnyException();
    }

    @Test
    void routingCanSwitchBetweenBotAndHumans() {
        var inbox = Inbox.open(WORKSPACE, "Website", ChannelType.WEB_WIDGET, false, NOW);

        inbox.routeToBotFirst(true);

        assertThat(inbox.botFirst()).isTrue();
    }
}
