package io.parley.benchmarks.client;

import io.parley.gateway.protocol.ServerFrame;

/** Receives a connection's server frames on its event loop thread: must not block. */
@FunctionalInterface
public interface FrameListener {

    FrameListener IGNORE = (connection, frame) -> { };

    void onFrame(Connection connection, ServerFrame frame);

    default void onClosed(Connection connection) {
    }
}
