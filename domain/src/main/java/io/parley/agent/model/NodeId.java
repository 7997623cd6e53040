package io.parley.agent.model;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jmolecules.ddd.types.ValueObject;

/** One running Parley process of a cluster; a restarted process is a new node. */
public record NodeId(String value) implements ValueObject {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public NodeId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a node id is 1 to 64 of A-Z a-z 0-9 . _ : -");
        }
    }

    public static NodeId random() {
        return new NodeId(UUID.randomUUID().toString());
    }
}
