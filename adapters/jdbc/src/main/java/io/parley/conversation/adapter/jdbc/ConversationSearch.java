package io.parley.conversation.adapter.jdbc;

import io.parley.conversation.ConversationFilter;
import io.parley.conversation.ConversationStatus;
import io.parley.shared.WorkspaceId;
import java.util.HashMap;
import java.util.Map;

/** The WHERE clause for a conversation filter; values travel as parameters, never inside the SQL. */
record ConversationSearch(String sql, Map<String, Object> parameters) {

    static ConversationSearch where(WorkspaceId workspace, ConversationFilter filter) {
        var sql = new StringBuilder("WHERE workspace_id = :workspace");
        var parameters = new HashMap<String, Object>();
        parameters.put("workspace", workspace.value());
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND status IN (:statuses)");
            parameters.put("statuses", filter.statuses().stream().map(ConversationStatus::name).sorted().toList());
        }
        var assignee = filter.assignee();
        if (assignee != null) {
            sql.append(" AND assignee_id = :assignee");
            parameters.put("assignee", assignee.value());
        }
        if (filter.unassignedOnly()) {
            sql.append(" AND assignee_id IS NULL");
        }
        var inbox = filter.inbox();
        if (inbox != null) {
            sql.append(" AND inbox_id = :inbox");
            parameters.put("inbox", inbox.value());
        }
        var visitor = filter.visitor();
        if (visitor != null) {
            sql.append(" AND visitor_id = :visitor");
            parameters.put("visitor", visitor.value());
        }
        var text = filter.text();
        if (text != null) {
            // ILIKE served by trigram indexes where pg_trgm exists (V12); the workspace bounds every subquery
            sql.append(" AND (visitor_id IN (SELECT id FROM visitor WHERE workspace_id = :workspace"
                    + " AND (name ILIKE :pattern OR email ILIKE :pattern))"
                    + " OR id IN (SELECT conversation_id FROM message WHERE workspace_id = :workspace"
                    + " AND body ILIKE :pattern))");
            parameters.put("pattern", "%" + escaped(text) + "%");
        }
        var tag = filter.tag();
        if (tag != null) {
            sql.append(" AND id IN (SELECT conversation_id FROM conversation_tag WHERE workspace_id = :workspace"
                    + " AND tag = :tag)");
            parameters.put("tag", tag.value());
        }
        return new ConversationSearch(sql.toString(), Map.copyOf(parameters));
    }

    /** The text taken literally: LIKE's wildcards and its escape character lose their meaning. */
    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
