package io.parley.shared.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Started by root, the embedded PostgreSQL runs in a user namespace ({@code unshare -U}): it keeps uid 0 on the host
 * but loses root's power to ignore file permissions. So its data directory must belong to root (not to {@code nobody},
 * which is only how the namespace names that uid) and every directory above it must let uid 0 pass by its ordinary
 * permission bits.
 */
final class RootlessAccess {

    private static final int ROOT = 0;

    private RootlessAccess() {}

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == ROOT;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    static void prepare(Path dataDirectory) throws IOException {
        if (uid(dataDirectory) != ROOT) {
            // handed to another user by an earlier installation step: take it back, or PostgreSQL cannot write it
            try (Stream<Path> tree = Files.walk(dataDirectory)) {
                tree.forEach(RootlessAccess::ownByRoot);
            }
        }
        for (Path parent = dataDirectory.getParent(); parent != null; parent = parent.getParent()) {
            if (!passable(parent)) {
                throw new EmbeddedDatabaseException("The embedded PostgreSQL runs without root privileges and cannot enter "
                        + parent + " on the way to its data in " + dataDirectory + ": allow it (chmod o+x " + parent
                        + ") or set parley.database.data-dir to a directory below a path it can enter");
            }
        }
    }

    /** Whether uid 0 without capabilities may search the directory: owner, group or other bits, as the kernel picks. */
    private static boolean passable(Path directory) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
        if (uid(directory) == ROOT) {
            return permissions.contains(PosixFilePermission.OWNER_EXECUTE);
        }
        if ((Integer) Files.getAttribute(directory, "unix:gid") == ROOT) {
            return permissions.contains(PosixFilePermission.GROUP_EXECUTE);
        }
        return permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
    }

    private static int uid(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    private static void ownByRoot(Path path) {
        try {
            Files.setAttribute(path, "unix:uid", ROOT, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand " + path + " back to root", e);
        }
    }
}
