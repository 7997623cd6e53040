package io.parley.channel.port;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The outbound guard's check of a URL Parley is asked to call, before it is saved. */
@SecondaryPort
public interface CallbackTargets {

    /**
     * Checks the URL's form and every address its host resolves to now.
     *
     * @throws io.parley.shared.DomainException {@code outbound.url-invalid} or {@code outbound.address-refused}
     */
    void check(String url);
}
