package io.parley.planted.adapter.websocket;

import io.parley.planted.adapter.rest.RestEndpoint;

/** An adapter of one technology that calls one of another. */
public class SocketHandler {

    public String forward(RestEndpoint endpoint) {
        return endpoint.ping();
    }
}
