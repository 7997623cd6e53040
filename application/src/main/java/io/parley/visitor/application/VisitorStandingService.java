package io.parley.visitor.application;

import io.parley.shared.DomainException;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorSessions;
import io.parley.visitor.VisitorStanding;
import io.parley.visitor.VisitorView;
import io.parley.visitor.port.Visitors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class VisitorStandingService implements VisitorStanding {

    private final Visitors visitors;
    private final VisitorSessions sessions;

    VisitorStandingService(Visitors visitors, VisitorSessions sessions) {
        this.visitors = visitors;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public VisitorView markVip(WorkspaceId workspace, VisitorId id, boolean vip) {
        var visitor = visitors.findById(workspace, id).orElseThrow(() -> DomainException.notFound("visitor.not-found",
                "no visitor " + id + " in this workspace"));
        visitor.markVip(vip);
        visitors.save(visitor);
        return sessions.find(workspace, id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isVip(WorkspaceId workspace, VisitorId id) {
        return visitors.findById(workspace, id).map(v -> v.vip()).orElse(false);
    }
}
