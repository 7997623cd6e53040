package io.parley.visitor.application;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorPage;
import io.parley.visitor.VisitorPages;
import io.parley.visitor.port.VisitorPageStore;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
class VisitorPageService implements VisitorPages {

    private final VisitorPageStore store;
    private final Clock clock;

    VisitorPageService(VisitorPageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void report(WorkspaceId workspace, VisitorId visitor, @Nullable String url, @Nullable String title,
                       @Nullable String referrer, @Nullable String userAgent) {
        store.save(workspace, visitor,
                new VisitorPage(url, title, referrer, userAgent, clock.instant()));
    }

    @Override
    public Optional<VisitorPage> latest(WorkspaceId workspace, VisitorId visitor) {
        return store.find(workspace, visitor);
    }
}
