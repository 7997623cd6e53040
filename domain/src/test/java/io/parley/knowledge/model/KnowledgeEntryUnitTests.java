package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.knowledge.KnowledgeEntryChanged;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeEntryUnitTests {

    private static final WorkspaceId WORKSPACE = WorkspaceId.random();
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private static KnowledgeEntry entry() {
        return KnowledgeEntry.write(WORKSPACE, "When do you open?", "From 9 to 17, Monday to Friday.",
                List.of("Opening hours?"), Set.of("hours"), NOW);
    }

    @Test
    void writingAnEntryEnablesItAndAnnouncesIt() {
        var entry = entry();

        assertThat(entry.enabled()).isTrue();
        assertThat(entry.createdAt()).isEqualTo(NOW);
        assertThat(entry.updatedAt()).isEqualTo(NOW);
        assertThat(entry.releaseEvents()).containsExactly(new KnowledgeEntryChanged(WORKSPACE, entry.getId(), NOW));
        assertThat(entry.releaseEvents()).isEmpty();
    }

    @Test
    void stripsTextAndDropsRepeatedAlternatives() {
        var entry = KnowledgeEntry.write(WORKSPACE, "  Refunds? ", " Within 30 days. ",
                List.of(" money back ", "money back", "return"), Set.of(" billing ", "billing"), NOW);

        assertThat(entry.question()).isEqualTo("Refunds?");
        assertThat(entry.answer()).isEqualTo("Within 30 days.");
        assertThat(entry.alternatives()).containsExactly("money back", "return");
        assertThat(entry.tags()).containsExactly("billing");
    }

    @Test
    void revisingReplacesEverythingAndAnnouncesIt() {
        var entry = entry();
        entry.releaseEvents();

        entry.revise("Opening hours", "9 to 18", List.of(), Set.of("hours", "store"), LATER);

        assertThat(entry.question()).isEqualTo("Opening hours");
        assertThat(entry.answer()).isEqualTo("9 to 18");
        assertThat(entry.alternatives()).isEmpty();
        assertThat(entry.tags()).containsExactlyInAnyOrder("hours", "store");
        assertThat(entry.updatedAt()).isEqualTo(LATER);
        assertThat(entry.releaseEvents()).containsExactly(new KnowledgeEntryChanged(WORKSPACE, entry.getId(), LATER));
    }

    @Test
    void disablingTwiceAnnouncesOnce() {
        var entry = entry();
        entry.releaseEvents();

        entry.disable(LATER);
        entry.disable(LATER.plusSeconds(1));

        assertThat(entry.enabled()).isFalse();
        assertThat(entry.updatedAt()).isEqualTo(LATER);
        assertThat(entry.releaseEvents()).hasSize(1);
    }

    @Test
    void enablingAnEnabledEntryChangesNothing() {
        var entry = entry();
        entry.releaseEvents();

        entry.enable(LATER);

        assertThat(entry.releaseEvents()).isEmpty();
        assertThat(entry.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void reEnablingAnnouncesIt() {
        var entry = entry();
        entry.disable(NOW);
        entry.releaseEvents();

        entry.enable(LATER);

        assertThat(entry.enabled()).isTrue();
        assertThat(entry.releaseEvents()).hasSize(1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rejectsMissingQuestionOrAnswer(String text) {
        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, text, "answer", List.of(), Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.invalid-question"));
        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, "question", text, List.of(), Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.invalid-answer"));
    }

    @Test
    void boundsQuestionAndAnswerLength() {
        var longest = KnowledgeEntry.write(WORKSPACE, "q".repeat(KnowledgeEntry.MAX_QUESTION),
                "a".repeat(KnowledgeEntry.MAX_ANSWER), List.of(), Set.of(), NOW);
        assertThat(longest.question()).hasSize(500);
        assertThat(longest.answer()).hasSize(8000);

        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, "q".repeat(501), "a", List.of(), Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.invalid-question"));
        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, "q", "a".repeat(8001), List.of(), Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.invalid-answer"));
    }

    @Test
    void boundsAlternatives() {
        var twenty = IntStream.range(0, KnowledgeEntry.MAX_ALTERNATIVES).mapToObj(i -> "way " + i).toList();
        var twentyOne = IntStream.range(0, KnowledgeEntry.MAX_ALTERNATIVES + 1).mapToObj(i -> "way " + i).toList();

        assertThat(KnowledgeEntry.write(WORKSPACE, "q", "a", twenty, Set.of(), NOW).alternatives()).hasSize(20);
        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, "q", "a", twentyOne, Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.too-many-alternatives"));
        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, "q", "a", List.of(" "), Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.invalid-alternative"));
    }

    @Test
    void boundsTags() {
        var twenty = IntStream.range(0, KnowledgeEntry.MAX_TAGS).mapToObj(i -> "t" + i).collect(Collectors.toSet());
        var twentyOne = IntStream.range(0, KnowledgeEntry.MAX_TAGS + 1).mapToObj(i -> "t" + i).collect(Collectors.toSet());

        assertThat(KnowledgeEntry.write(WORKSPACE, "q", "a", List.of(), twenty, NOW).tags()).hasSize(20);
        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, "q", "a", List.of(), twentyOne, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.too-many-tags"));
        assertThatThrownBy(() -> KnowledgeEntry.write(WORKSPACE, "q", "a", List.of(), Set.of("t".repeat(41)), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("knowledge.invalid-tag"));
    }

    @Test
    void aRefusedRevisionKeepsTheEntryAsItWas() {
        var entry = entry();
        entry.releaseEvents();

        assertThatThrownBy(() -> entry.revise("new question", "", List.of(), Set.of(), LATER))
                .isInstanceOf(DomainException.class);

        assertThat(entry.question()).isEqualTo("When do you open?");
        assertThat(entry.updatedAt()).isEqualTo(NOW);
        assertThat(entry.releaseEvents()).isEmpty();
    }
}
