package io.parley.knowledge.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.knowledge.model.KnowledgeEntry;
import io.parley.knowledge.port.KnowledgeEntries;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KnowledgeEntriesTests extends PostgresBacked {

    @Autowired
    KnowledgeEntries entries;

    @Autowired
    Tenants tenants;

    @Test
    void roundTripsAnEntryWithAlternativesAndTags() {
        var workspace = tenants.create("Acme").workspace().getId();
        var entry = entries.save(KnowledgeEntry.write(workspace, "退货政策是什么？", "30 天内可无理由退货。",
                List.of("怎么退货", "可以退款吗"), Set.of("售后", "退货"), T0));

        var loaded = entries.findById(workspace, entry.getId()).orElseThrow();
        assertThat(loaded.question()).isEqualTo("退货政策是什么？");
        assertThat(loaded.answer()).isEqualTo("30 天内可无理由退货。");
        assertThat(loaded.alternatives()).containsExactly("怎么退货", "可以退款吗");
        assertThat(loaded.tags()).containsExactlyInAnyOrder("售后", "退货");
        assertThat(loaded.enabled()).isTrue();
        assertThat(loaded.createdAt()).isEqualTo(T0);
    }

    @Test
    void savesARevisionAndKeepsEntriesPerWorkspace() {
        var acme = tenants.create("Acme").workspace().getId();
        var globex = tenants.create("Globex").workspace().getId();
        var entry = entries.save(KnowledgeEntry.write(acme, "Opening hours?", "9 to 5.", List.of(), Set.of(), T0));

        entry.revise("Opening hours?", "9 to 6.", List.of("When are you open?"), Set.of("hours"), T0.plusSeconds(60));
        entry.disable(T0.plusSeconds(120));
        entries.save(entry);

        var loaded = entries.findById(acme, entry.getId()).orElseThrow();
        assertThat(loaded.answer()).isEqualTo("9 to 6.");
        assertThat(loaded.alternatives()).containsExactly("When are you open?");
        assertThat(loaded.enabled()).isFalse();
        assertThat(loaded.updatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(entries.findByWorkspace(acme)).hasSize(1);
        assertThat(entries.findById(globex, entry.getId())).isEmpty();
        assertThat(entries.findByWorkspace(globex)).isEmpty();
    }
}
