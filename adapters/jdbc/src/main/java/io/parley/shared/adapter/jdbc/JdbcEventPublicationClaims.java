package io.parley.shared.adapter.jdbc;

import io.parley.shared.port.EventPublicationClaims;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The claim is a conditional update of the publication's row: of two rounds that read it alike, one changes it. */
@Component
@SecondaryAdapter
class JdbcEventPublicationClaims implements EventPublicationClaims {

    private final JdbcClient jdbc;

    JdbcEventPublicationClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(UUID publication, @Nullable Instant lastResubmission, Instant now) {
        @Nullable OffsetDateTime seen = lastResubmission == null ? null : lastResubmission.atOffset(ZoneOffset.UTC);
        return jdbc.sql("""
                UPDATE event_publication SET last_resubmission_date = :now
                 WHERE id = :id AND status = 'FAILED'
                   AND last_resubmission_date IS NOT DISTINCT FROM CAST(:seen AS timestamptz)
                """)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("id", publication).param("seen", seen)
                .update() == 1;
    }
}
