package io.parley.rest;

import io.parley.shared.WorkspaceId;
import io.parley.workspace.OriginRefusals;
import io.parley.workspace.RefusedOriginView;
import java.util.List;
import org.springframework.stereotype.Component;

/** Remembers no refusal. */
@Component
class FakeOriginRefusals implements OriginRefusals {

    @Override
    public void refused(WorkspaceId workspace, String origin) {}

    @Override
    public List<RefusedOriginView> recent(WorkspaceId workspace) {
        return List.of();
    }
}
