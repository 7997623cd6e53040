package io.parley.channel.adapter.jdbc;

import io.parley.channel.ChannelAccessTokens.Issued;
import io.parley.channel.port.ChannelTokenStore;
import io.parley.shared.InboxId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcChannelTokenStore implements ChannelTokenStore {

    private final JdbcClient jdbc;

    JdbcChannelTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Issued> find(InboxId inbox, String name) {
        return jdbc.sql("SELECT token, expires_at FROM channel_access_token WHERE inbox_id = :inbox AND name = :name"
                        + " AND token IS NOT NULL")
                .param("inbox", inbox.value()).param("name", name)
                .query((rs, row) -> new Issued(rs.getString("token"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public Optional<Issued> lock(InboxId inbox, String name) {
        jdbc.sql("INSERT INTO channel_access_token (inbox_id, name) VALUES (:inbox, :name)"
                        + " ON CONFLICT (inbox_id, name) DO NOTHING")
                .param("inbox", inbox.value()).param("name", name).update();
        return jdbc.sql("SELECT token, expires_at FROM channel_access_token WHERE inbox_id = :inbox AND name = :name"
                        + " FOR UPDATE")
                .param("inbox", inbox.value()).param("name", name)
                .query((rs, row) -> {
                    String token = rs.getString("token");
                    OffsetDateTime expires = rs.getObject("expires_at", OffsetDateTime.class);
                    return token == null || expires == null ? Optional.<Issued>empty()
                            : Optional.of(new Issued(token, expires.toInstant()));
                })
                .single();
    }

    @Override
    public void save(InboxId inbox, String name, Issued issued) {
        jdbc.sql("""
                INSERT INTO channel_access_token (inbox_id, name, token, expires_at)
                VALUES (:inbox, :name, :token, :expires)
                ON CONFLICT (inbox_id, name) DO UPDATE SET token = EXCLUDED.token, expires_at = EXCLUDED.expires_at
                """)
                .param("inbox", inbox.value()).param("name", name).param("token", issued.token())
                .param("expires", issued.expiresAt().atOffset(ZoneOffset.UTC)).update();
    }

    @Override
    public void delete(InboxId inbox, String name) {
        jdbc.sql("UPDATE channel_access_token SET token = NULL, expires_at = NULL WHERE inbox_id = :inbox"
                        + " AND name = :name")
                .param("inbox", inbox.value()).param("name", name).update();
    }
}
