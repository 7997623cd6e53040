package io.parley.visitor.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitorTokenKeyTests {


    @TempDir
    Path dataDirectory;

    @Test
    void generatesAnOwnerOnlyKeyFileOnceAndReusesIt() throws Exception {
        Path data = dataDirectory.resolve("not-yet-created");
        byte[] first = VisitorTokenKey.resolve(new VisitorTokenProperties(null), data);
        byte[] second = VisitorTokenKey.resolve(new VisitorTokenProperties(null), data);

        Path file = data.resolve(VisitorTokenKey.FILE_NAME);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip().getBytes(StandardCharsets.UTF_8)).isEqualTo(first);
    }

    @Test
    void prefersTheConfiguredSecretAndWritesNoFile() {
        String secret = "a configured secret of forty bytes......";
        byte[] key = VisitorTokenKey.resolve(new VisitorTokenProperties(secret), dataDirectory);

        assertThat(key).isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
        assertThat(dataDirectory.resolve(VisitorTokenKey.FILE_NAME)).doesNotExist();
    }

    @Test
    void treatsABlankSecretAsNotConfigured() {
        assertThat(new VisitorTokenProperties("  ").visitorTokenSecret()).isNull();
    }

    @Test
    void refusesAConfiguredSecretShorterThan32Bytes() {
        assertThatThrownBy(() -> new VisitorTokenProperties("short secret"))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void refusesAKeyFileThatWasTruncated() throws Exception {
        Files.writeString(dataDirectory.resolve(VisitorTokenKey.FILE_NAME), "too short\n");

        assertThatThrownBy(() -> VisitorTokenKey.resolve(new VisitorTokenProperties(null), dataDirectory))
                .hasMessageContaining("shorter than 32 bytes");
    }
}
