package io.parley.knowledge;

import java.util.List;
import java.util.Set;

/** What an administrator writes into an entry; the entry itself checks the lengths and counts. */
public record EntryContent(String question, String answer, List<String> alternatives, Set<String> tags) {

    public EntryContent {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
