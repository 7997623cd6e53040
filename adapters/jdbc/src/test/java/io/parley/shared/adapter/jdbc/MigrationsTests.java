package io.parley.shared.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.PostgresBacked;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

class MigrationsTests extends PostgresBacked {

    /** Every migration script on the class path, however many the modules add. */
    static long migrationsOnClassPath() {
        try {
            return new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/**/V*__*.sql").length;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventPublicationRepository publications;

    @Test
    void appliesTheMigrationsOfEveryModuleFolderInVersionOrder() {
        var applied = jdbc.sql("SELECT version || ' ' || script FROM flyway_schema_history WHERE success "
                + "ORDER BY installed_rank").query(String.class).list();

        assertThat(applied).startsWith(
                "1 workspace/V1__workspace.sql",
                "2 channel/V2__inbox.sql",
                "3 visitor/V3__visitor.sql",
                "4 agent/V4__agent.sql",
                "5 conversation/V5__conversation.sql",
                "6 knowledge/V6__knowledge_entry.sql",
                "7 events/V7__event_publication.sql");
        assertThat(applied).hasSize((int) migrationsOnClassPath());
        assertThat(applied.stream().map(row -> Integer.parseInt(row.substring(0, row.indexOf(' ')))).toList())
                .as("each module's folder is applied in global version order").isSorted();
    }

    @Test
    void containsSpringModulithsOwnEventPublicationSchemaVerbatim() throws IOException {
        var ours = read("db/migration/events/V7__event_publication.sql");

        assertThat(ours).contains(read("org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql").strip());
        assertThat(ours).contains(
                read("org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql-archive.sql").strip());
    }

    @Test
    void letsTheEventPublicationRegistryStoreAndCompleteAPublication() {
        var target = PublicationTargetIdentifier.of("io.parley.test.listener");
        var publication = publications.create(TargetEventPublication.of(new Greeted("hello"), target));

        assertThat(publications.findIncompletePublications()).extracting(TargetEventPublication::getIdentifier)
                .contains(publication.getIdentifier());

        publications.markCompleted(publication.getIdentifier(), Instant.now());
        assertThat(publications.findIncompletePublications()).extracting(TargetEventPublication::getIdentifier)
                .doesNotContain(publication.getIdentifier());
    }

    @Test
    void storesEnumsAsTextGuardedByChecks() {
        var checks = jdbc.sql("SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname")
                .query(String.class).list();

        assertThat(checks).containsAll(List.of("agent_role_check", "agent_session_role_check", "conversation_status_check",
                "inbox_channel_check", "message_author_kind_check", "message_kind_check"));
    }

    private static String read(String resource) throws IOException {
        return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    }

    record Greeted(String text) {}
}
