package io.parley.knowledge;

import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What the bot would do with a visitor's message: the console's "try it" box and the bot itself ask this. */
@PrimaryPort
public interface KnowledgeSearch {

    /** Searches the workspace's enabled entries only and decides as the bot would. */
    BotReply ask(WorkspaceId workspace, String message);
}
