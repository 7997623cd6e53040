package io.parley.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an import with where it came from, so that a refusal can name it.
 *
 * @param line    the CSV line the entry starts on, or its number (from 1) in a JSON import
 * @param problem what the file format already found wrong with the line (an unreadable cell), reported with the
 *                entry's own problems of the other lines
 */
public record ImportedEntry(int line, EntryContent content, boolean enabled, @Nullable Problem problem) {

    public ImportedEntry(int line, EntryContent content, boolean enabled) {
        this(line, content, enabled, null);
    }

    public record Problem(String code, String message) {}
}
