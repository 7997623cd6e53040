package io.parley.visitor.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.port.VisitorTokens;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SecurityAdapterWiringTests {

    @TempDir
    Path dataDirectory;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(HmacVisitorTokens.class);

    @Test
    void keepsAGeneratedKeyInTheDataDirectoryWhenNoSecretIsConfigured() {
        context.withPropertyValues("parley.database.data-dir=" + dataDirectory).run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(VisitorTokenProperties.class).visitorTokenSecret()).isNull();
            assertThat(dataDirectory.resolve(VisitorTokenKey.FILE_NAME)).exists();
        });
    }

    @Test
    void nodesWithTheSameConfiguredSecretAcceptEachOthersTokens() {
        String secret = "parley.security.visitor-token-secret=shared by every node of the cluster, 48 bytes";
        VisitorClaims claims = new VisitorClaims(WorkspaceId.random(), InboxId.random(), VisitorId.random(),
                Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS)); // tokens keep milliseconds
        String[] token = new String[1];
        String dataDir = "parley.database.data-dir=" + dataDirectory;
        context.withPropertyValues(secret, dataDir).run(one -> token[0] = one.getBean(VisitorTokens.class).sign(claims));
        context.withPropertyValues(secret, dataDir).run(other ->
                assertThat(other.getBean(VisitorTokens.class).verify(token[0], Instant.now())).contains(claims));
        assertThat(dataDirectory).isEmptyDirectory();
    }

    @Test
    void failsToStartWithATooShortSecret() {
        context.withPropertyValues("parley.security.visitor-token-secret=too short").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("at least 32 bytes"));
    }
}
