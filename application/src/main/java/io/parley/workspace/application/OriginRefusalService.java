package io.parley.workspace.application;

import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.OriginRefusals;
import io.parley.workspace.RefusedOriginView;
import io.parley.workspace.model.AllowedOrigin;
import io.parley.workspace.model.Workspace;
import io.parley.workspace.port.RefusedOriginLog;
import io.parley.workspace.port.Workspaces;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class OriginRefusalService implements OriginRefusals {

    private static final Logger log = LoggerFactory.getLogger(OriginRefusalService.class);
    private static final int MAX_ORIGIN_LENGTH = 255;

    private final RefusedOriginLog refusals;
    private final Workspaces workspaces;
    private final Clock clock;

    OriginRefusalService(RefusedOriginLog refusals, Workspaces workspaces, Clock clock) {
        this.refusals = refusals;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** In a transaction of its own: the caller's, which refuses the page, rolls back. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(WorkspaceId workspace, String origin) {
        if (origin == null || origin.length() > MAX_ORIGIN_LENGTH) {
            return;
        }
        String normalised;
        try {
            normalised = new AllowedOrigin(origin).value();
        } catch (DomainException notAnOrigin) {
            return;
        }
        if ("*".equals(normalised)) {
            return;
        }
        try {
            refusals.record(workspace, normalised, clock.instant(), KEPT);
        } catch (RuntimeException e) {
            // a nicety for administrators: the refusal itself stands either way
            log.warn("Could not note a refused origin ({})", e.toString());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RefusedOriginView> recent(WorkspaceId workspace) {
        Workspace current = workspaces.findById(workspace)
                .orElseThrow(() -> DomainException.notFound("workspace.not-found", "no such workspace"));
        return refusals.recent(workspace, KEPT).stream().filter(r -> !current.admitsOrigin(r.origin())).toList();
    }
}
