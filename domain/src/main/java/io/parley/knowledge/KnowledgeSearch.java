package io.parley.knowledge;

import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What the bot would do with a visitor's message: the console's "try it" box and the bot itself ask this. */
@PrimaryPort
public interface KnowledgeSearch {

    /** Searches the workspace's enabled entries only and decides as the bot would. */
    BotReply ask(WorkspaceId workspace, String message);

    /** The same, with an answer written by a language model streamed to {@code draft} while it is written. */
    default BotReply ask(WorkspaceId workspace, String message, AnswerDraft draft) {
        return ask(workspace, message);
    }
}
