package io.parley.benchmarks.load;

import io.parley.benchmarks.client.Connection;
import io.parley.benchmarks.client.Encoding;
import java.util.ArrayList;
import java.util.List;

/** The connections of one load: agents that receive every message, visitors that each own a conversation. */
public record Fleet(Encoding encoding, List<Connection> agents, List<Connection> visitors) {

    public List<Connection> all() {
        List<Connection> all = new ArrayList<>(agents);
        all.addAll(visitors);
        return all;
    }

    public void close() {
        all().forEach(Connection::close);
    }
}
