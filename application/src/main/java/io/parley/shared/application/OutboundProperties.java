package io.parley.shared.application;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.outbound}: calls Parley makes to URLs that users gave (webhook endpoints).
 *
 * @param allowedHosts internal targets such calls may reach after all, for installations whose receivers are on the
 *        internal network: host names ({@code crm.internal}), addresses ({@code 10.0.0.5}) or networks
 *        ({@code 10.0.0.0/8}, {@code fd00::/8}). Empty (the default), only public addresses are called.
 */
@ConfigurationProperties("parley.outbound")
public record OutboundProperties(@DefaultValue List<String> allowedHosts) {}
