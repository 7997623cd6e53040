package io.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdsUnitTests {

    record IdType(String name, Function<UUID, Object> create, Function<String, Object> parse) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> idTypes() {
        return Stream.of(
                new IdType("WorkspaceId", WorkspaceId::new, WorkspaceId::parse),
                new IdType("InboxId", InboxId::new, InboxId::parse),
                new IdType("VisitorId", VisitorId::new, VisitorId::parse),
                new IdType("AgentId", AgentId::new, AgentId::parse),
                new IdType("ConversationId", ConversationId::new, ConversationId::parse),
                new IdType("MessageId", MessageId::new, MessageId::parse),
                new IdType("KnowledgeEntryId", KnowledgeEntryId::new, KnowledgeEntryId::parse)).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void parsesItsOwnTextualForm(IdType type) {
        var uuid = UUID.randomUUID();
        var id = type.create().apply(uuid);

        assertThat(id.toString()).isEqualTo(uuid.toString());
        assertThat(type.parse().apply(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void parsingIgnoresSurroundingWhitespace(IdType type) {
        var uuid = UUID.randomUUID();

        assertThat(type.parse().apply("  " + uuid + "\n")).isEqualTo(type.create().apply(uuid));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void rejectsMalformedTextWithStableCode(IdType type) {
        for (String malformed : new String[] {"", "not-an-id", "12345", "g0000000-0000-0000-0000-000000000000"}) {
            assertThatThrownBy(() -> type.parse().apply(malformed))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("request.invalid-id");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                        assertThat(e.getMessage()).contains(type.name());
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void rejectsMissingTextAsInvalidRequestRatherThanCrashing(IdType type) {
        assertThatThrownBy(() -> type.parse().apply(null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("request.invalid-id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void refusesToWrapNothing(IdType type) {
        assertThatThrownBy(() -> type.create().apply(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining(type.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void idsOfTheSameValueAreEqual(IdType type) {
        var uuid = UUID.randomUUID();

        assertThat(type.create().apply(uuid)).isEqualTo(type.create().apply(uuid))
                .isNotEqualTo(type.create().apply(UUID.randomUUID()));
    }

    @Test
    void randomIdsDiffer() {
        assertThat(WorkspaceId.random()).isNotEqualTo(WorkspaceId.random());
        assertThat(InboxId.random()).isNotEqualTo(InboxId.random());
        assertThat(VisitorId.random()).isNotEqualTo(VisitorId.random());
        assertThat(AgentId.random()).isNotEqualTo(AgentId.random());
        assertThat(ConversationId.random()).isNotEqualTo(ConversationId.random());
        assertThat(MessageId.random()).isNotEqualTo(MessageId.random());
        assertThat(KnowledgeEntryId.random()).isNotEqualTo(KnowledgeEntryId.random());
    }

    @Test
    void messageIdsAreVersion7AndSortByTheMillisecondTheyWereMadeIn() {
        var earlier = Ids.timeOrdered(1_764_230_400_000L);
        var later = Ids.timeOrdered(1_764_230_400_001L);

        assertThat(earlier.version()).isEqualTo(7);
        assertThat(earlier.variant()).isEqualTo(2);
        assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(1_764_230_400_000L);
        assertThat(earlier.toString().compareTo(later.toString())).as("text order is time order").isNegative();
        assertThat(Ids.timeOrdered(1_764_230_400_000L)).as("random within the millisecond").isNotEqualTo(earlier);
        var fresh = MessageId.random().value();
        assertThat(fresh.version()).isEqualTo(7);
        assertThat(Math.abs((fresh.getMostSignificantBits() >>> 16) - System.currentTimeMillis())).isLessThan(60_000);
    }
}
