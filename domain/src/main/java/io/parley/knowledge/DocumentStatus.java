package io.parley.knowledge;

/**
 * Where a document is on its way into the bot's answers: its chunks are being embedded ({@code PROCESSING}), are all
 * searchable ({@code READY}), it has no text to search ({@code NO_TEXT}, e.g. a scanned PDF), or embedding failed
 * ({@code FAILED}; re-process to try again).
 */
public enum DocumentStatus { PROCESSING, READY, NO_TEXT, FAILED }
