package io.parley.knowledge.adapter.jdbc;

import io.parley.knowledge.BotReply.Passage;
import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.DocumentFormat;
import io.parley.knowledge.DocumentStatus;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.model.DocumentChunk;
import io.parley.knowledge.model.DocumentPassage;
import io.parley.knowledge.model.KnowledgeDocument;
import io.parley.knowledge.port.KnowledgeDocuments;
import io.parley.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Documents, their files and chunks in PostgreSQL; every query names the workspace. */
@Component
@SecondaryAdapter
class JdbcKnowledgeDocuments implements KnowledgeDocuments {

    private static final String COLUMNS = "id, workspace_id, title, file_name, format, size, status, chunks, error,"
            + " uploaded_at, updated_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcKnowledgeDocuments(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    @Transactional
    public void add(KnowledgeDocument document, byte[] file, List<DocumentChunk> chunks) {
        jdbc.sql("INSERT INTO knowledge_document (" + COLUMNS + ") VALUES (:id, :workspace, :title, :fileName,"
                        + " :format, :size, :status, :chunks, :error, :uploadedAt, :updatedAt)")
                .param("id", document.getId().value()).param("workspace", document.workspaceId().value())
                .param("title", document.title()).param("fileName", document.fileName())
                .param("format", document.format().name()).param("size", document.size())
                .param("status", document.status().name()).param("chunks", document.chunks())
                .param("error", document.error()).param("uploadedAt", Timestamp.from(document.uploadedAt()))
                .param("updatedAt", Timestamp.from(document.updatedAt())).update();
        jdbc.sql("""
                INSERT INTO knowledge_document_file (document_id, workspace_id, content)
                VALUES (:id, :workspace, :content)""")
                .param("id", document.getId().value()).param("workspace", document.workspaceId().value())
                .param("content", file).update();
        insert(document.workspaceId(), chunks);
    }

    @Override
    public void save(KnowledgeDocument document) {
        jdbc.sql("""
                UPDATE knowledge_document SET status = :status, chunks = :chunks, error = :error,
                    updated_at = :updatedAt
                WHERE id = :id AND workspace_id = :workspace""")
                .param("status", document.status().name()).param("chunks", document.chunks())
                .param("error", document.error()).param("updatedAt", Timestamp.from(document.updatedAt()))
                .param("id", document.getId().value()).param("workspace", document.workspaceId().value()).update();
    }

    @Override
    @Transactional
    public void replaceChunks(KnowledgeDocument document, List<DocumentChunk> chunks) {
        jdbc.sql("DELETE FROM knowledge_chunk WHERE document_id = :id AND workspace_id = :workspace")
                .param("id", document.getId().value()).param("workspace", document.workspaceId().value()).update();
        insert(document.workspaceId(), chunks);
        save(document);
    }

    private void insert(WorkspaceId workspace, List<DocumentChunk> chunks) {
        template.batchUpdate("""
                INSERT INTO knowledge_chunk (id, workspace_id, document_id, position, headings, text)
                VALUES (?, ?, ?, ?, ?, ?)""", chunks, 500, (statement, chunk) -> {
            statement.setObject(1, chunk.id().value());
            statement.setObject(2, workspace.value());
            statement.setObject(3, chunk.documentId().value());
            statement.setInt(4, chunk.position());
            statement.setArray(5, statement.getConnection().createArrayOf("text", chunk.headings().toArray()));
            statement.setString(6, chunk.text());
        });
    }

    @Override
    public Optional<KnowledgeDocument> findById(WorkspaceId workspace, KnowledgeDocumentId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_document WHERE id = :id AND workspace_id = :workspace")
                .param("id", id.value()).param("workspace", workspace.value())
                .query((rs, row) -> document(rs)).optional();
    }

    @Override
    public List<KnowledgeDocument> findByWorkspace(WorkspaceId workspace) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_document WHERE workspace_id = :workspace"
                        + " ORDER BY uploaded_at DESC, id")
                .param("workspace", workspace.value()).query((rs, row) -> document(rs)).list();
    }

    @Override
    public List<KnowledgeDocument> processing(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_document WHERE status = 'PROCESSING'"
                        + " ORDER BY updated_at LIMIT :limit")
                .param("limit", limit).query((rs, row) -> document(rs)).list();
    }

    @Override
    public Optional<byte[]> file(WorkspaceId workspace, KnowledgeDocumentId id) {
        return jdbc.sql("""
                SELECT content FROM knowledge_document_file WHERE document_id = :id AND workspace_id = :workspace""")
                .param("id", id.value()).param("workspace", workspace.value())
                .query((rs, row) -> rs.getBytes("content")).optional();
    }

    @Override
    public List<DocumentChunk> chunks(WorkspaceId workspace, KnowledgeDocumentId id) {
        return jdbc.sql("""
                SELECT id, document_id, position, headings, text FROM knowledge_chunk
                WHERE document_id = :id AND workspace_id = :workspace ORDER BY position""")
                .param("id", id.value()).param("workspace", workspace.value())
                .query((rs, row) -> chunk(rs)).list();
    }

    @Override
    public Optional<DocumentPassage> passage(WorkspaceId workspace, DocumentChunkId chunk) {
        return jdbc.sql("""
                SELECT c.id, c.document_id, c.position, c.headings, c.text, d.title FROM knowledge_chunk c
                JOIN knowledge_document d ON d.id = c.document_id AND d.workspace_id = c.workspace_id
                WHERE c.id = :id AND c.workspace_id = :workspace""")
                .param("id", chunk.value()).param("workspace", workspace.value())
                .query((rs, row) -> {
                    var found = chunk(rs);
                    return new DocumentPassage(new Passage(found.id(), found.documentId(), rs.getString("title"),
                            found.headings()), found.text());
                }).optional();
    }

    @Override
    public boolean delete(WorkspaceId workspace, KnowledgeDocumentId id) {
        return jdbc.sql("DELETE FROM knowledge_document WHERE id = :id AND workspace_id = :workspace")
                .param("id", id.value()).param("workspace", workspace.value()).update() == 1;
    }

    private static KnowledgeDocument document(ResultSet rs) throws SQLException {
        return new KnowledgeDocument(new KnowledgeDocumentId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("title"),
                rs.getString("file_name"), DocumentFormat.valueOf(rs.getString("format")), rs.getLong("size"),
                DocumentStatus.valueOf(rs.getString("status")), rs.getInt("chunks"), rs.getString("error"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static DocumentChunk chunk(ResultSet rs) throws SQLException {
        String[] headings = (String[]) rs.getArray("headings").getArray();
        return new DocumentChunk(new DocumentChunkId(rs.getObject("id", UUID.class)),
                new KnowledgeDocumentId(rs.getObject("document_id", UUID.class)), rs.getInt("position"),
                Arrays.asList(headings), rs.getString("text"));
    }
}
