package io.parley;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the very first start creates, so that a new installation can be used at once.
 *
 * @param enabled create the demo workspace, admin and widget inbox when the database has no workspace
 * @param workspaceName the first workspace's name
 * @param adminEmail the first admin's sign-in address
 * @param adminPassword the first admin's password; when absent one is generated and printed once
 * @param allowedOrigins web origins allowed to embed the first workspace's widget
 */
@ConfigurationProperties("parley.first-start")
public record FirstStartProperties(@DefaultValue("true") boolean enabled,
                                   @DefaultValue("Demo") String workspaceName,
                                   @DefaultValue("admin@parley.local") String adminEmail,
                                   @Nullable String adminPassword,
                                   @DefaultValue({"http://localhost:8080", "http://127.0.0.1:8080"})
                                   List<String> allowedOrigins) {}
