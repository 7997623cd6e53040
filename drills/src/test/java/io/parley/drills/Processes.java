package io.parley.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Running and signalling the processes a drill starts: commands, free ports, kill -9, stop and continue. */
final class Processes {

    private Processes() {}

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command to its end; fails with its output when it does not exit 0 within the timeout. */
    static String run(Duration timeout, List<String> command) {
        try {
            Path output = Files.createTempFile("parley-drill-cmd", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + timeout + ": " + command + "\n"
                        + Files.readString(output));
            }
            String text = Files.readString(output);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The command as the given unprivileged user when this JVM runs as root (PostgreSQL refuses to run as root). */
    static List<String> as(String user, List<String> command) {
        if (!root()) {
            return command;
        }
        var wrapped = new ArrayList<String>(List.of("runuser", "-u", user, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    static void signal(long pid, String signal) {
        run(Duration.ofSeconds(10), List.of("kill", "-" + signal, Long.toString(pid)));
    }

    /** kill -9 of a process and of every process below it, children first seen, so nothing is left to clean up. */
    static void killTree(long pid) {
        ProcessHandle.of(pid).ifPresent(handle -> {
            var all = new ArrayList<ProcessHandle>();
            all.add(handle);
            handle.descendants().forEach(all::add);
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(p -> p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> p).join());
        });
    }

    static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
