package io.parley.planted.model;

import org.springframework.util.StringUtils;

public class SpringInDomain {

    public boolean hasText(String text) {
        return StringUtils.hasText(text);
    }
}
