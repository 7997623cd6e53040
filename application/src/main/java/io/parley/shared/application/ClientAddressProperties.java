package io.parley.shared.application;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.http}: how a client's address is told.
 *
 * @param trustedProxies the reverse proxies or load balancers in front of Parley, as addresses ({@code 10.0.0.5}) or
 *        networks ({@code 10.0.0.0/8}, {@code fd00::/8}). Only a connection from one of them has its
 *        {@code X-Forwarded-For} read; empty (the default), every client is known by its connection's address.
 */
@ConfigurationProperties("parley.http")
public record ClientAddressProperties(@DefaultValue List<String> trustedProxies) {}
