package io.parley.shared.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Who may connect to the embedded PostgreSQL: everyone signs in with a password (SCRAM), over the loopback interface
 * only; there is no Unix socket. zonky's {@code initdb} writes a pg_hba.conf that trusts every local connection, and
 * Parley before this one kept it: so before every start the file is written anew, and where the superuser has no
 * password yet (a new cluster, or one made by an earlier Parley) it gets one in single-user mode, before the server
 * ever listens.
 */
final class EmbeddedAccess {

    static final String HBA = """
            # Written by Parley at every start: edits here are lost. Password (SCRAM) sign-in over the loopback
            # interface only; the passwords are in the data directory's postgres-passwords file.
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;

    private static final long SINGLE_USER_WAIT_SECONDS = 120;

    private EmbeddedAccess() {}

    /** Whether the cluster already admits password sign-ins only, as Parley set it up. */
    static boolean passwordsOnly(Path cluster) throws IOException {
        Path hba = cluster.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
    }

    /**
     * Runs with the cluster locked and stopped, just before zonky starts it: sets the superuser's password when the
     * cluster may not have it, then allows password sign-ins only.
     */
    static void prepare(Path cluster, EmbeddedPasswords passwords, boolean passwordsNew) {
        try {
            if (passwordsNew || !passwordsOnly(cluster)) {
                setSuperuserPassword(cluster, passwords.superuser());
            }
            Files.writeString(cluster.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up password sign-in for the embedded PostgreSQL in " + cluster, e);
        }
    }

    private static void setSuperuserPassword(Path cluster, String password) throws IOException {
        List<String> command = new ArrayList<>();
        if (RootlessAccess.runningAsRoot()) {
            command.addAll(List.of("unshare", "-U")); // as zonky starts the server: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(PostgresBinaries.INSTANCE.postgres().toString(), "--single", "-D", cluster.toString(),
                "-F", "-c", "exit_on_error=true", "postgres"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // on standard input, never on the command line where other users could see it
        try (var input = process.getOutputStream()) {
            input.write(("ALTER ROLE postgres WITH PASSWORD '" + password + "'\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(SINGLE_USER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedDatabaseException("PostgreSQL in single-user mode did not finish setting the superuser's"
                        + " password in " + cluster + " within " + SINGLE_USER_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the embedded PostgreSQL's password", e);
        }
        if (process.exitValue() != 0) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + cluster + " could not set its superuser's "
                    + "password: " + lastLine(output));
        }
    }

    private static String lastLine(String output) {
        var lines = output.strip().lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : lines.getLast().strip();
    }
}
