package io.parley.planted.model;

import tools.jackson.databind.ObjectMapper;

public class JacksonInDomain {

    public String json(ObjectMapper mapper, Object value) {
        return mapper.writeValueAsString(value);
    }
}
