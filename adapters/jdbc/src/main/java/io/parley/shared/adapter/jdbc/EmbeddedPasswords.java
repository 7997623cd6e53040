package io.parley.shared.adapter.jdbc;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded PostgreSQL's three roles, made at first start and kept in a file beside the cluster
 * that only the installation's user may read or write (0600). Whoever can read it can read the database anyway: it
 * sits next to the cluster's files.
 *
 * @param superuser the bootstrap superuser {@code postgres}: used at start only, to keep the other two in order
 * @param owner     {@link EmbeddedRoles#OWNER}, which owns the schema and runs the migrations
 * @param runtime   {@link EmbeddedRoles#RUNTIME}, which Parley's connections use: reading and writing rows only
 */
record EmbeddedPasswords(String superuser, String owner, String runtime) {

    /** The file's name, in Parley's data directory (the cluster's parent). */
    static final String FILE = "postgres-passwords";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPasswords.class);
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The passwords in {@code file}; {@code created} says they were made now, so the cluster does not know them yet. */
    record Loaded(EmbeddedPasswords passwords, boolean created) {}

    static Loaded loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            var stored = read(file);
            if (stored != null) {
                keepPrivate(file);
                return new Loaded(stored, false);
            }
            LOG.warn("{} is incomplete: making new passwords for the embedded PostgreSQL", file);
        }
        var made = new EmbeddedPasswords(generate(), generate(), generate());
        write(file, made);
        return new Loaded(made, true);
    }

    private static @Nullable EmbeddedPasswords read(Path file) throws IOException {
        var values = new Properties();
        try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            values.load(reader);
        }
        String superuser = values.getProperty("superuser", "");
        String owner = values.getProperty("owner", "");
        String runtime = values.getProperty("runtime", "");
        return usable(superuser) && usable(owner) && usable(runtime) ? new EmbeddedPasswords(superuser, owner, runtime)
                : null;
    }

    /** Only characters that need no quoting anywhere (SQL literals, connection strings). */
    private static boolean usable(String password) {
        return password.length() >= 16 && password.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static void write(Path file, EmbeddedPasswords passwords) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        // created private, never readable by others even for a moment
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PRIVATE));
        Files.writeString(temporary, """
                # Passwords of the embedded PostgreSQL's roles, made by Parley at first start. Keep this file private.
                # Delete it to have Parley make new ones at the next start.
                superuser=%s
                owner=%s
                runtime=%s
                """.formatted(passwords.superuser(), passwords.owner(), passwords.runtime()), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void keepPrivate(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(PRIVATE)) {
            LOG.warn("{} could be read by others: made it private (0600)", file);
            Files.setPosixFilePermissions(file, PRIVATE);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // records print every component; passwords must never reach a log
    @Override
    public String toString() {
        return "EmbeddedPasswords[***]";
    }
}
