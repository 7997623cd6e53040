package io.parley.agent.application;

import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.CannedReplyId;
import io.parley.agent.CannedReplyLibrary;
import io.parley.agent.CannedReplyScope;
import io.parley.agent.CannedReplyView;
import io.parley.agent.model.CannedReply;
import io.parley.agent.model.Shortcut;
import io.parley.agent.port.CannedReplies;
import io.parley.shared.DomainException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CannedReplyService implements CannedReplyLibrary {

    /** Per scope: the workspace's shared replies, or one agent's personal ones. The composer lists six at a time. */
    static final int MAX_PER_SCOPE = 500;

    private final CannedReplies replies;
    private final Clock clock;

    CannedReplyService(CannedReplies replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CannedReplyView> visibleTo(AuthenticatedAgent agent) {
        return replies.findVisibleTo(agent.workspaceId(), agent.agentId()).stream()
                .sorted(Comparator.comparing(CannedReply::scope).thenComparing(reply -> reply.shortcut().value()))
                .map(reply -> view(reply, agent)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CannedReplyView get(AuthenticatedAgent agent, CannedReplyId id) {
        return view(visible(agent, id), agent);
    }

    @Override
    @Transactional
    public CannedReplyView write(AuthenticatedAgent agent, CannedReplyScope scope, String shortcut, String text) {
        var reply = CannedReply.write(agent.workspaceId(), agent.agentId(), agent.role(), scope,
                new Shortcut(shortcut), text, clock.instant());
        if (replies.countAlike(reply) >= MAX_PER_SCOPE) {
            throw DomainException.invalid("canned.too-many", "at most " + MAX_PER_SCOPE + " "
                    + scope.name().toLowerCase() + " canned replies; delete some first");
        }
        return view(replies.save(reply), agent);
    }

    @Override
    @Transactional
    public CannedReplyView revise(AuthenticatedAgent agent, CannedReplyId id, @Nullable String shortcut,
                                  @Nullable String text) {
        var reply = visible(agent, id);
        reply.revise(agent.agentId(), agent.role(), shortcut == null ? null : new Shortcut(shortcut), text,
                clock.instant());
        return view(replies.save(reply), agent);
    }

    @Override
    @Transactional
    public void delete(AuthenticatedAgent agent, CannedReplyId id) {
        visible(agent, id).checkEditableBy(agent.agentId(), agent.role());
        replies.delete(agent.workspaceId(), id);
    }

    // another agent's personal reply, like another workspace's, is not there for this agent
    private CannedReply visible(AuthenticatedAgent agent, CannedReplyId id) {
        return replies.findById(agent.workspaceId(), id).filter(reply -> reply.isVisibleTo(agent.agentId()))
                .orElseThrow(() -> DomainException.notFound("canned.not-found", "there is no canned reply " + id
                        + " you can see; it may have been deleted"));
    }

    private static CannedReplyView view(CannedReply reply, AuthenticatedAgent agent) {
        return new CannedReplyView(reply.getId(), reply.scope(), reply.owner(), reply.shortcut().value(),
                reply.text(), reply.isEditableBy(agent.agentId(), agent.role()), reply.createdAt(),
                reply.updatedAt());
    }
}
