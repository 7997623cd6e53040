package io.parley.visitor.adapter.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the visitor-token key comes from: the configured secret, or else a key file in the data directory that is
 * created on first start. The file holds the secret as text, so an operator who grows to a cluster can copy it into
 * {@code PARLEY_SECURITY_VISITOR_TOKEN_SECRET} and keep every token already issued valid.
 */
final class VisitorTokenKey {

    static final String FILE_NAME = "visitor-token.key";

    private static final Logger log = LoggerFactory.getLogger(VisitorTokenKey.class);
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private VisitorTokenKey() {}

    static byte[] resolve(VisitorTokenProperties properties, Path dataDirectory) {
        String configured = properties.visitorTokenSecret();
        if (configured != null) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        log.info("No parley.security.visitor-token-secret configured: visitor tokens are signed with the key in {}. "
                + "A cluster must configure the same secret (PARLEY_SECURITY_VISITOR_TOKEN_SECRET) on every node.",
                file.toAbsolutePath());
        return readOrCreate(file).getBytes(StandardCharsets.UTF_8);
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                try {
                    return create(file);
                } catch (FileAlreadyExistsException anotherNodeWasFaster) {
                    // fall through and read what it wrote
                }
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!VisitorTokenProperties.longEnough(secret)) {
                throw new IllegalStateException(file.toAbsolutePath() + " holds a visitor-token key shorter than "
                        + VisitorTokenProperties.MIN_SECRET_BYTES + " bytes; delete it to generate a new one "
                        + "(visitors then start new sessions) or configure parley.security.visitor-token-secret");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the visitor-token key " + file.toAbsolutePath()
                    + "; make the data directory writable or configure parley.security.visitor-token-secret", e);
        }
    }

    private static String create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path created = posix ? Files.createFile(file, OWNER_ONLY) : Files.createFile(file);
        Files.writeString(created, secret + "\n", StandardCharsets.UTF_8);
        log.info("Generated a new visitor-token key in {}", file.toAbsolutePath());
        return secret;
    }
}
