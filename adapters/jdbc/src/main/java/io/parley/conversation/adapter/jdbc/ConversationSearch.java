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
        return new ConversationSearch(sql.toString(), Map.copyOf(parameters));
    }
}
