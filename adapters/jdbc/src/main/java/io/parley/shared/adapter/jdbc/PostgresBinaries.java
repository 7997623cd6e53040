package io.parley.shared.adapter.jdbc;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * zonky's bundled PostgreSQL binaries, remembering where zonky unpacks them ({@code <working dir>/PG-<md5 of the
 * archive>}): setting the superuser's password before the server first listens takes the same {@code postgres}
 * binary in single-user mode. One instance, so that zonky's own cache (keyed by resolver) unpacks them once per JVM.
 */
final class PostgresBinaries implements PgBinaryResolver {

    static final PostgresBinaries INSTANCE = new PostgresBinaries();

    private volatile @Nullable String digest;

    private PostgresBinaries() {}

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] archive;
        try (InputStream bundled = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            archive = bundled.readAllBytes();
        }
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new ByteArrayInputStream(archive);
    }

    /** Where zonky unpacks binaries: its own default, made explicit so that both sides agree. */
    File workingDirectory() {
        String fallback = new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath();
        return new File(System.getProperty("ot.epg.working-dir", fallback));
    }

    /** The {@code postgres} server binary zonky unpacked; known once zonky has asked for the archive. */
    Path postgres() {
        String known = digest;
        if (known == null) {
            throw new IllegalStateException("the embedded PostgreSQL binaries have not been unpacked yet");
        }
        return workingDirectory().toPath().resolve("PG-" + known).resolve("bin").resolve("postgres");
    }
}
