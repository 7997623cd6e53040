package io.parley.knowledge;

import io.parley.shared.KnowledgeEntryId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

public record KnowledgeEntryView(KnowledgeEntryId id, WorkspaceId workspaceId, String question, String answer,
                                 List<String> alternatives, Set<String> tags, boolean enabled, Instant createdAt,
                                 Instant updatedAt) {}
