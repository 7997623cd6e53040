package io.parley.rest;

import io.parley.shared.DomainException;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorStanding;
import io.parley.visitor.VisitorView;
import org.springframework.stereotype.Component;

/** Knows no visitor: every mark is refused as not found. */
@Component
class FakeVisitorStanding implements VisitorStanding {

    @Override
    public VisitorView markVip(WorkspaceId workspace, VisitorId visitor, boolean vip) {
        throw DomainException.notFound("visitor.not-found", "no visitor " + visitor + " in this workspace");
    }

    @Override
    public boolean isVip(WorkspaceId workspace, VisitorId visitor) {
        return false;
    }
}
