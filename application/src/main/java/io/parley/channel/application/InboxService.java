package io.parley.channel.application;

import io.parley.channel.ChannelType;
import io.parley.channel.ConfigureInbox;
import io.parley.channel.CreateInbox;
import io.parley.channel.InboxAdministration;
import io.parley.channel.InboxView;
import io.parley.channel.model.Inbox;
import io.parley.channel.model.WidgetKey;
import io.parley.channel.port.Inboxes;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class InboxService implements InboxAdministration {

    private final Inboxes inboxes;
    private final Clock clock;

    InboxService(Inboxes inboxes, Clock clock) {
        this.inboxes = inboxes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxView> list(WorkspaceId workspace) {
        return inboxes.findByWorkspace(workspace).stream().map(InboxService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public InboxView get(WorkspaceId workspace, InboxId id) {
        return inboxes.findById(workspace, id).map(InboxService::view)
                .orElseThrow(() -> DomainException.notFound("channel.inbox-not-found", "no such inbox"));
    }

    @Override
    @Transactional
    public InboxView create(CreateInbox command) {
        return view(inboxes.save(Inbox.open(command.workspace(), command.name(), command.channel(),
                command.answerMode(), clock.instant())));
    }

    @Override
    @Transactional
    public InboxView configure(WorkspaceId workspace, InboxId id, ConfigureInbox change) {
        Inbox inbox = inboxes.findById(workspace, id)
                .orElseThrow(() -> DomainException.notFound("channel.inbox-not-found", "no such inbox"));
        if (change.name() != null) {
            inbox.rename(change.name());
        }
        if (change.answerMode() != null) {
            inbox.answerIn(change.answerMode());
        }
        if (change.vipHandOver() != null) {
            inbox.handVipsOver(change.vipHandOver());
        }
        return view(inboxes.save(inbox));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InboxView> findByWidgetKey(String widgetKey) {
        if (widgetKey == null || !widgetKey.matches("wk_[0-9a-f]{24}")) {
            return Optional.empty();
        }
        return inboxes.findByWidgetKey(new WidgetKey(widgetKey))
                .filter(inbox -> inbox.enabled() && inbox.channel() == ChannelType.WEB_WIDGET)
                .map(InboxService::view);
    }

    static InboxView view(Inbox inbox) {
        return new InboxView(inbox.getId(), inbox.workspaceId(), inbox.name(), inbox.channel(),
                inbox.widgetKey() == null ? null : inbox.widgetKey().value(), inbox.botFirst(), inbox.enabled(),
                inbox.createdAt(), inbox.answerMode(), inbox.vipHandOver());
    }
}
