package io.parley.shared.adapter.rest;

import io.parley.shared.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/** The address of the client behind a request: the connection's, or the one a trusted proxy forwarded. */
public final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {}

    public static String of(HttpServletRequest request, ClientAddresses addresses) {
        return addresses.resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)));
    }
}
