package io.parley.rest;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorPage;
import io.parley.visitor.VisitorPages;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** In-memory page reports, keyed by workspace and visitor. */
@Component
class FakeVisitorPages implements VisitorPages {

    final Map<String, VisitorPage> reports = new ConcurrentHashMap<>();

    @Override
    public void report(WorkspaceId workspace, VisitorId visitor, @Nullable String url, @Nullable String title,
                       @Nullable String referrer, @Nullable String userAgent) {
        reports.put(workspace + "/" + visitor, new VisitorPage(url, title, referrer, userAgent, Fixtures.NOW));
    }

    @Override
    public Optional<VisitorPage> latest(WorkspaceId workspace, VisitorId visitor) {
        return Optional.ofNullable(reports.get(workspace + "/" + visitor));
    }
}
