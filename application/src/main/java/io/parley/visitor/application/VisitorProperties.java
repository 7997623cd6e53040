package io.parley.visitor.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The visitor half of {@code parley.security}.
 *
 * @param visitorTokenTtl lifetime of the visitor token the widget receives; a returning browser gets a fresh one
 */
@ConfigurationProperties("parley.security")
public record VisitorProperties(@DefaultValue("30d") Duration visitorTokenTtl) {}
