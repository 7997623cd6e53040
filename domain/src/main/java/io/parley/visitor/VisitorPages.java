package io.parley.visitor;

import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Where visitors are: the widget reports the page it runs on, agents read the latest report. */
@PrimaryPort
public interface VisitorPages {

    /** Replaces the visitor's last report; the time is the server's. */
    void report(WorkspaceId workspace, VisitorId visitor, @Nullable String url, @Nullable String title, @Nullable String referrer,
                @Nullable String userAgent);

    Optional<VisitorPage> latest(WorkspaceId workspace, VisitorId visitor);
}
