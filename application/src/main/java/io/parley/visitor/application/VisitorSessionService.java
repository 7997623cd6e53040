package io.parley.visitor.application;

import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.shared.DomainException;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.StartVisitorSession;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.VisitorSession;
import io.parley.visitor.VisitorSessions;
import io.parley.visitor.VisitorView;
import io.parley.visitor.model.Visitor;
import io.parley.visitor.model.VisitorProfile;
import io.parley.visitor.port.VisitorTokens;
import io.parley.visitor.port.Visitors;
import io.parley.workspace.OriginRefusals;
import io.parley.workspace.WorkspaceAdministration;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class VisitorSessionService implements VisitorSessions {

    private final InboxAdministration inboxes;
    private final WorkspaceAdministration workspaces;
    private final OriginRefusals refusals;
    private final Visitors visitors;
    private final VisitorTokens tokens;
    private final VisitorProperties properties;
    private final Clock clock;

    VisitorSessionService(InboxAdministration inboxes, WorkspaceAdministration workspaces, OriginRefusals refusals,
                          Visitors visitors, VisitorTokens tokens, VisitorProperties properties, Clock clock) {
        this.inboxes = inboxes;
        this.workspaces = workspaces;
        this.refusals = refusals;
        this.visitors = visitors;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public VisitorSession start(StartVisitorSession command) {
        InboxView inbox = inboxes.findByWidgetKey(command.widgetKey()).orElseThrow(() -> DomainException.notFound(
                "visitor.unknown-widget", "no enabled chat widget has this key; check the data-parley attribute"));
        if (command.origin() == null || command.origin().isBlank()) {
            requireOriginUnlessAnyIsAllowed(inbox);
        } else if (!workspaces.admitsOrigin(inbox.workspaceId(), command.origin())) {
            refusals.refused(inbox.workspaceId(), command.origin());
            throw DomainException.forbidden("visitor.origin-refused",
                    "this site (" + command.origin() + ") is not among the workspace's allowed origins");
        }
        Instant now = clock.instant();
        var profile = new VisitorProfile(command.name(), command.email());
        Optional<Visitor> known = Optional.ofNullable(command.visitorToken())
                .flatMap(token -> tokens.verify(token, now))
                .filter(claims -> claims.inboxId().equals(inbox.id()))
                .flatMap(claims -> visitors.findById(claims.workspaceId(), claims.visitorId()));
        Visitor visitor = known.orElseGet(() -> Visitor.arrive(inbox.workspaceId(), inbox.id(), profile, now));
        known.ifPresent(v -> v.returnWith(profile, now));
        visitors.save(visitor);
        var claims = new VisitorClaims(inbox.workspaceId(), inbox.id(), visitor.getId(), now.plus(properties.visitorTokenTtl()));
        return new VisitorSession(tokens.sign(claims), claims.workspaceId(), claims.inboxId(), claims.visitorId(),
                claims.expiresAt(), known.isPresent());
    }

    /**
     * A browser always names the page's origin; a request without one comes from a script or server, which could
     * otherwise create visitors at will. It may when the workspace admits any origin ({@code *}); a native app or
     * server of a workspace that names its origins sends one of them as {@code Origin}.
     */
    private void requireOriginUnlessAnyIsAllowed(InboxView inbox) {
        if (!workspaces.get(inbox.workspaceId()).allowedOrigins().contains("*")) {
            throw DomainException.forbidden("visitor.origin-required", "a visitor session needs the Origin header of"
                    + " the page; a client that is not a browser sends one of the workspace's allowed origins");
        }
    }

    @Override
    public Optional<VisitorClaims> authenticate(String token) {
        return tokens.verify(token, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VisitorView> find(WorkspaceId workspace, VisitorId visitor) {
        return visitors.findById(workspace, visitor).map(v -> new VisitorView(v.getId(), v.workspaceId(),
                v.profile().name(), v.profile().email(), v.firstSeenAt(), v.lastSeenAt(), v.vip()));
    }
}
