package io.parley.rest;

import io.parley.agent.AuthenticatedAgent;
import io.parley.agent.CannedReplyId;
import io.parley.agent.CannedReplyLibrary;
import io.parley.agent.CannedReplyScope;
import io.parley.agent.CannedReplyView;
import io.parley.agent.model.CannedReply;
import io.parley.agent.model.Shortcut;
import io.parley.shared.DomainException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Canned replies in memory, on the real aggregate: its rules hold, shortcuts are not checked for uniqueness. */
@Component
class FakeCannedReplies implements CannedReplyLibrary {

    final Map<CannedReplyId, CannedReply> replies = new ConcurrentHashMap<>();

    @Override
    public List<CannedReplyView> visibleTo(AuthenticatedAgent agent) {
        return replies.values().stream().filter(reply -> reply.isVisibleTo(agent.agentId()))
                .sorted(Comparator.comparing(CannedReply::scope).thenComparing(reply -> reply.shortcut().value()))
                .map(reply -> view(reply, agent)).toList();
    }

    @Override
    public CannedReplyView get(AuthenticatedAgent agent, CannedReplyId id) {
        return view(visible(agent, id), agent);
    }

    @Override
    public CannedReplyView write(AuthenticatedAgent agent, CannedReplyScope scope, String shortcut, String text) {
        var reply = CannedReply.write(agent.workspaceId(), agent.agentId(), agent.role(), scope, new Shortcut(shortcut),
                text, Fixtures.NOW);
        replies.put(reply.getId(), reply);
        return view(reply, agent);
    }

    @Override
    public CannedReplyView revise(AuthenticatedAgent agent, CannedReplyId id, @Nullable String shortcut,
                                  @Nullable String text) {
        var reply = visible(agent, id);
        reply.revise(agent.agentId(), agent.role(), shortcut == null ? null : new Shortcut(shortcut), text,
                Fixtures.NOW);
        return view(reply, agent);
    }

    @Override
    public void delete(AuthenticatedAgent agent, CannedReplyId id) {
        visible(agent, id).checkEditableBy(agent.agentId(), agent.role());
        replies.remove(id);
    }

    private CannedReply visible(AuthenticatedAgent agent, CannedReplyId id) {
        var reply = replies.get(id);
        if (reply == null || !reply.workspaceId().equals(agent.workspaceId()) || !reply.isVisibleTo(agent.agentId())) {
            throw DomainException.notFound("canned.not-found", "no such canned reply");
        }
        return reply;
    }

    private static CannedReplyView view(CannedReply reply, AuthenticatedAgent agent) {
        return new CannedReplyView(reply.getId(), reply.scope(), reply.owner(), reply.shortcut().value(), reply.text(),
                reply.isEditableBy(agent.agentId(), agent.role()), reply.createdAt(), reply.updatedAt());
    }
}
