package io.parley.knowledge;

import io.parley.channel.AnswerMode;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What the bot would do with a visitor's message: the console's "try it" box and the bot itself ask this. */
@PrimaryPort
public interface KnowledgeSearch {

    /** Searches the workspace's enabled entries only and decides as the bot would in an LLM-mode inbox. */
    BotReply ask(WorkspaceId workspace, String message);

    /** The same, with an answer written by a language model streamed to {@code draft} while it is written. */
    default BotReply ask(WorkspaceId workspace, String message, AnswerDraft draft) {
        return ask(workspace, message);
    }

    /**
     * As the bot decides in an inbox of this mode: {@code KNOWLEDGE} never asks a language model; {@code LLM} does
     * when one is configured. Not for {@code HUMANS_ONLY}, where the bot does not answer.
     */
    default BotReply ask(WorkspaceId workspace, String message, AnswerMode mode, AnswerDraft draft) {
        return ask(workspace, message, draft);
    }
}
