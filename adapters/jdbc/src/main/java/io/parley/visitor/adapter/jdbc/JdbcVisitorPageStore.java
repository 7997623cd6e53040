package io.parley.visitor.adapter.jdbc;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorPage;
import io.parley.visitor.port.VisitorPageStore;
import java.sql.Timestamp;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class JdbcVisitorPageStore implements VisitorPageStore {

    private final JdbcClient jdbc;

    JdbcVisitorPageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(WorkspaceId workspace, VisitorId visitor, VisitorPage page) {
        jdbc.sql("""
                INSERT INTO visitor_page (visitor_id, workspace_id, page_url, page_title, referrer, user_agent, reported_at)
                VALUES (:visitor, :workspace, :url, :title, :referrer, :userAgent, :reportedAt)
                ON CONFLICT (visitor_id) DO UPDATE SET page_url = excluded.page_url, page_title = excluded.page_title,
                    referrer = excluded.referrer, user_agent = excluded.user_agent, reported_at = excluded.reported_at
                WHERE visitor_page.workspace_id = excluded.workspace_id
                """)
                .param("visitor", visitor.value()).param("workspace", workspace.value())
                .param("url", page.url()).param("title", page.title()).param("referrer", page.referrer())
                .param("userAgent", page.userAgent()).param("reportedAt", Timestamp.from(page.reportedAt()))
                .update();
    }

    @Override
    public Optional<VisitorPage> find(WorkspaceId workspace, VisitorId visitor) {
        return jdbc.sql("""
                SELECT page_url, page_title, referrer, user_agent, reported_at FROM visitor_page
                WHERE visitor_id = :visitor AND workspace_id = :workspace
                """)
                .param("visitor", visitor.value()).param("workspace", workspace.value())
                .query((rs, row) -> new VisitorPage(rs.getString("page_url"), rs.getString("page_title"),
                        rs.getString("referrer"), rs.getString("user_agent"),
                        rs.getTimestamp("reported_at").toInstant()))
                .optional();
    }
}
