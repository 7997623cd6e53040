package io.parley.knowledge.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.knowledge.BotReply;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.model.Script;
import io.parley.knowledge.port.ComposeAnswer;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeEntries;
import io.parley.knowledge.port.KnowledgeVectors;
import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With a language model configured: a supported answer is composed from the matching entries; failures hand over. */
class ComposedAnswerUnitTests {

    private static final WorkspaceId WORKSPACE = WorkspaceId.random();
    private static final EmbedText.Model MODEL = new EmbedText.Model("fixed", 2, 0.5);
    private static final KnowledgeEntry ENTRY = KnowledgeEntry.write(WORKSPACE, "When do refunds arrive?",
            "Within 3 working days.", List.of(), Set.of(), Instant.EPOCH);

    private final List<List<ComposeAnswer.Source>> asked = new ArrayList<>();

    private RetrievalService service(Optional<String> composed) {
        return service(composed, List.of());
    }

    private RetrievalService service(Optional<String> composed, List<String> handOverKeywords) {
        EmbedText embeddings = new EmbedText() {
            public List<Model> models() { return List.of(MODEL); }
            public Model modelFor(Script script) { return MODEL; }
            public float[] embed(Model model, String text) { return new float[] {1, 0}; }
        };
        KnowledgeVectors vectors = new KnowledgeVectors() {
            public void put(WorkspaceId w, KnowledgeEntryId e, Instant at, Map<EmbedText.Model, float[]> v) {}
            public void remove(WorkspaceId w, KnowledgeEntryId e) {}
            public boolean holdsAny(WorkspaceId w) { return true; }
            public List<Match> nearest(WorkspaceId w, EmbedText.Model m, float[] q, int limit) {
                return List.of(new Match(ENTRY.getId(), 0.9));
            }
            public List<StaleEntry> stale(List<EmbedText.Model> models, int limit) { return List.of(); }
        };
        KnowledgeEntries entries = new KnowledgeEntries() {
            public Optional<KnowledgeEntry> findById(WorkspaceId w, KnowledgeEntryId id) { return Optional.of(ENTRY); }
            public List<KnowledgeEntry> findByWorkspace(WorkspaceId w) { return List.of(ENTRY); }
            public KnowledgeEntry save(KnowledgeEntry entry) { return entry; }
        };
        ComposeAnswer composer = new ComposeAnswer() {
            public boolean available() { return true; }
            public Optional<String> compose(String message, List<Source> sources) {
                asked.add(sources);
                return composed;
            }
        };
        return new RetrievalService(embeddings, vectors, ChunkVectors.NONE, entries, documents, composer,
                new KnowledgeProperties(5, true, 200, true, handOverKeywords), new SimpleMeterRegistry());
    }

    @Test
    void answersWithTheComposedTextGroundedInTheMatchingEntries() {
        var reply = service(Optional.of("Refunds arrive within 3 working days [1].")).ask(WORKSPACE, "refund when?");

        assertThat(reply.action()).isEqualTo(BotReply.Action.ANSWER);
        assertThat(reply.text()).isEqualTo("Refunds arrive within 3 working days [1].");
        assertThat(asked).containsExactly(List.of(new ComposeAnswer.Source(ENTRY.question(), ENTRY.answer())));
    }

    @Test
    void handsOverWhenEveryProviderFails() {
        var reply = service(Optional.empty()).ask(WORKSPACE, "refund when?");

        assertThat(reply.action()).isEqualTo(BotReply.Action.HAND_OVER);
        assertThat(reply.reason()).isEqualTo("llm-failed");
    }

    @Test
    void handsOverWhenTheModelFindsNoSupport() {
        var reply = service(Optional.of("HANDOVER")).ask(WORKSPACE, "refund when?");

        assertThat(reply.action()).isEqualTo(BotReply.Action.HAND_OVER);
        assertThat(reply.reason()).isEqualTo("low-confidence");
    }

    @Test
    void asksNoModelForAPersonRequest() {
        var reply = service(Optional.of("composed")).ask(WORKSPACE, "I want a human");

        assertThat(reply.action()).isEqualTo(BotReply.Action.HAND_OVER);
        assertThat(asked).isEmpty();
    }

    @Test
    void handsOverOnAConfiguredKeywordEvenWhenAnEntryMatches() {
        var service = service(Optional.of("composed"), List.of("Recall", "召回"));

        var english = service.ask(WORKSPACE, "is my kettle part of the RECALL? refund when?");
        var chinese = service.ask(WORKSPACE, "我的水壶在召回范围吗");
        var plain = service.ask(WORKSPACE, "refund when?");

        assertThat(english.action()).isEqualTo(BotReply.Action.HAND_OVER);
        assertThat(english.reason()).isEqualTo("keyword");
        assertThat(chinese.reason()).isEqualTo("keyword");
        assertThat(plain.action()).isEqualTo(BotReply.Action.ANSWER);
        assertThat(asked).hasSize(1);
    }
}
