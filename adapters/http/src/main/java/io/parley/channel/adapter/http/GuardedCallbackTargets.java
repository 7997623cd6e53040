package io.parley.channel.adapter.http;

import io.parley.channel.port.CallbackTargets;
import io.parley.shared.adapter.http.GuardedHttpClient;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class GuardedCallbackTargets implements CallbackTargets {

    private final GuardedHttpClient client;

    GuardedCallbackTargets(GuardedHttpClient client) {
        this.client = client;
    }

    @Override
    public void check(String url) {
        client.checkTarget(url);
    }
}
