package io.parley.channel.application;

import io.parley.channel.ChannelAccessTokens;
import io.parley.channel.port.ChannelTokenStore;
import io.parley.shared.InboxId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tokens read from memory while valid, else from PostgreSQL, else fetched under the token's row lock: a node that
 * finds the row locked waits, then reads the token the other node stored.
 */
@Service
class ChannelAccessTokenService implements ChannelAccessTokens {

    private record Key(InboxId inbox, String name) {}

    private final ChannelTokenStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Key, Issued> local = new ConcurrentHashMap<>();

    ChannelAccessTokenService(ChannelTokenStore store, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String token(InboxId inbox, String name, Duration margin, Supplier<Issued> fetch) {
        var key = new Key(inbox, name);
        Issued known = local.get(key);
        if (valid(known, margin)) {
            return known.token();
        }
        Optional<Issued> stored = store.find(inbox, name);
        if (stored.isPresent() && valid(stored.get(), margin)) {
            local.put(key, stored.get());
            return stored.get().token();
        }
        Issued issued = transactions.execute(status -> {
            Optional<Issued> locked = store.lock(inbox, name);
            if (locked.isPresent() && valid(locked.get(), margin)) {
                return locked.get(); // another node fetched it while this one waited
            }
            Issued fetched = fetch.get();
            store.save(inbox, name, fetched);
            return fetched;
        });
        local.put(key, issued);
        return issued.token();
    }

    @Override
    public void invalidate(InboxId inbox, String name) {
        local.remove(new Key(inbox, name));
        store.delete(inbox, name);
    }

    private boolean valid(Issued issued, Duration margin) {
        return issued != null && issued.expiresAt().isAfter(clock.instant().plus(margin));
    }
}
