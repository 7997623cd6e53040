package io.parley.knowledge;

/** The kinds of file a document can be uploaded as; decided by the file's content, not only its name. */
public enum DocumentFormat { MARKDOWN, HTML, TEXT, PDF }
