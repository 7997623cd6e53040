package io.parley.benchmarks.load;

import io.parley.benchmarks.client.Connection;
import io.parley.benchmarks.client.Encoding;
import java.util.ArrayList;
import java.util.List;

/** The connections of one load: agents that receive every message, visitors that each own a conversation. */
public record Fleet(Encoding encoding, List<Connection> agents, List<Connection> visitors) {

    /** Whether the server sends every connection of the fleet its ids as 16 bytes. */
    public boolean binaryIds() {
        List<Connection> all = all();
        return !all.isEmpty() && all.stream().allMatch(Connection::binaryIds);
    }

    public List<Connection> all() {
        List<Connection> all = new ArrayList<>(agents);
        all.addAll(visitors);
        return all;
    }

    public void close() {
        all().forEach(Connection::close);
    }
}
