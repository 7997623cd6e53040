package io.parley.channel.port;

import io.parley.channel.ChannelAccessTokens.Issued;
import io.parley.shared.InboxId;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Inboxes' platform access tokens, shared by the nodes. */
@SecondaryPort
public interface ChannelTokenStore {

    Optional<Issued> find(InboxId inbox, String name);

    /**
     * The token, its row locked until the caller's transaction ends (made first when missing), so that one node at a
     * time fetches a new one.
     */
    Optional<Issued> lock(InboxId inbox, String name);

    void save(InboxId inbox, String name, Issued issued);

    void delete(InboxId inbox, String name);
}
