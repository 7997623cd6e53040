package io.parley.knowledge.adapter.ai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh PostgreSQL database with the knowledge tables, made from the project's own migrations, dropped by
 * {@link #close}. Without PostgreSQL (or, when asked for, without pgvector) the test is skipped with a message, unless
 * {@code -Dparley.require-services=true}, then it fails.
 */
final class VectorDatabase implements AutoCloseable {

    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    /** The project's migrations, seen from the module (tests) or from the project root (the eval command). */
    private static final Path MIGRATIONS = Files.isDirectory(Path.of("db/knowledge")) ? Path.of("db") : Path.of("../../db");

    private final String name;
    private final SingleConnectionDataSource dataSource;
    final JdbcClient jdbc;
    final TransactionTemplate transactions;

    private VectorDatabase(String name) {
        this.name = name;
        this.dataSource = new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "",
                true);
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /**
     * With migrations up to and including {@code lastVersion} (20: before pgvector; 21: with it where present; 40:
     * documents without pgvector on their chunks; 41: with it).
     */
    static VectorDatabase migratedTo(int lastVersion) {
        String name = "parley_ai_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            missing("PostgreSQL at 127.0.0.1:5432 as postgres (" + e.getMessage() + ")");
        }
        var database = new VectorDatabase(name);
        for (String file : new String[] {"workspace/V1__workspace.sql", "knowledge/V6__knowledge_entry.sql",
                "knowledge/V20__knowledge_embedding.sql", "knowledge/V21__knowledge_embedding_pgvector.sql",
                "knowledge/V40__knowledge_document.sql", "knowledge/V41__knowledge_chunk_embedding_pgvector.sql"}) {
            int version = Integer.parseInt(file.replaceAll(".*/V(\\d+)__.*", "$1"));
            if (version <= lastVersion) {
                try {
                    database.jdbc.sql(Files.readString(MIGRATIONS.resolve(file))).update();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read migration " + file, e);
                }
            }
        }
        return database;
    }

    /** Skips (or, in CI, fails) the test when the database cannot search with pgvector. */
    void requirePgvector() {
        if (!KnowledgeVectorsConfiguration.pgvectorColumn(jdbc)) {
            close();
            missing("the PostgreSQL extension \"vector\" (pgvector; see .ci/run for how CI builds it)");
        }
    }

    private static void missing(String what) {
        String message = "needs " + what + ", which is missing";
        if (Boolean.getBoolean("parley.require-services")) {
            throw new IllegalStateException(message);
        }
        Assumptions.abort(message);
    }

    @Override
    public void close() {
        dataSource.destroy();
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, "postgres", "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }
}
