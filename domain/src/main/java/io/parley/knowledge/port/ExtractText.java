package io.parley.knowledge.port;

import io.parley.knowledge.DocumentFormat;
import io.parley.knowledge.model.DocumentText;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Reads the text of a checked file as headings and paragraphs, without markup: no scripts, styles or tags survive,
 * and links keep their text (and an http(s) address as plain text). A file that cannot be read is refused with
 * {@code knowledge.document-encrypted} (a password-protected PDF) or {@code knowledge.document-unreadable}.
 */
@SecondaryPort
public interface ExtractText {

    DocumentText extract(DocumentFormat format, byte[] content);
}
