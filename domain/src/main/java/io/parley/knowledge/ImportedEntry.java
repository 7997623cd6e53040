package io.parley.knowledge;

/**
 * One entry of an import with where it came from, so that a refusal can name it.
 *
 * @param line the CSV line the entry starts on, or its number (from 1) in a JSON import
 */
public record ImportedEntry(int line, EntryContent content, boolean enabled) {}
