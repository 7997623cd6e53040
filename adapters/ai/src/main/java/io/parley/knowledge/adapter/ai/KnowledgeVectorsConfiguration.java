package io.parley.knowledge.adapter.ai;

import io.parley.knowledge.port.ChunkVectors;
import io.parley.knowledge.port.EmbedText;
import io.parley.knowledge.port.KnowledgeVectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Chooses where vectors are searched: by PostgreSQL when it has pgvector (migrations V21 and V41 added the
 * {@code embedding} columns), else in process; entries' and document chunks' vectors the same way. Taking a
 * {@link JdbcClient} makes this run after the migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeVectorsConfiguration.VectorStoreProperties.class)
class KnowledgeVectorsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeVectorsConfiguration.class);

    /** {@code parley.knowledge.vectors}: {@code store} is auto (pgvector when present), pgvector or in-process. */
    @ConfigurationProperties("parley.knowledge.vectors")
    record VectorStoreProperties(@DefaultValue("auto") Store store) {}

    enum Store { AUTO, PGVECTOR, IN_PROCESS }

    @Bean
    KnowledgeVectors knowledgeVectors(JdbcClient jdbc, TransactionOperations transactions, EmbedText embed,
                                      VectorStoreProperties properties) {
        boolean present = pgvectorColumn(jdbc);
        if (properties.store() == Store.PGVECTOR && !present) {
            throw new IllegalStateException("parley.knowledge.vectors.store=pgvector, but the database has no pgvector"
                    + " (extension \"vector\"): install it and restart, or use store=auto");
        }
        if (present && properties.store() != Store.IN_PROCESS) {
            log.info("Knowledge retrieval: pgvector (HNSW, cosine)");
            return new PgVectorKnowledgeVectors(jdbc, transactions, embed.models());
        }
        log.info("Knowledge retrieval: in-process index{}", present ? " (pgvector present, not used)" : "");
        return new PostgresKnowledgeVectors(jdbc);
    }

    @Bean
    ChunkVectors chunkVectors(JdbcClient jdbc, TransactionOperations transactions, EmbedText embed,
                              VectorStoreProperties properties) {
        boolean present = pgvectorColumn(jdbc, "knowledge_chunk_embedding");
        if (properties.store() == Store.PGVECTOR && !present) {
            throw new IllegalStateException("parley.knowledge.vectors.store=pgvector, but knowledge_chunk_embedding"
                    + " has no pgvector column (the extension \"vector\" was added after migration V41): use"
                    + " store=auto, or add the column as V41 does");
        }
        return present && properties.store() != Store.IN_PROCESS
                ? new PgVectorChunkVectors(jdbc, transactions, embed.models())
                : new PostgresChunkVectors(jdbc);
    }

    static boolean pgvectorColumn(JdbcClient jdbc) {
        return pgvectorColumn(jdbc, "knowledge_embedding");
    }

    static boolean pgvectorColumn(JdbcClient jdbc, String table) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM information_schema.columns
                               WHERE table_schema = current_schema() AND table_name = :table
                                 AND column_name = 'embedding')""").param("table", table).query(Boolean.class).single();
    }
}
