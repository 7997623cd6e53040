package io.parley.knowledge.model;

import io.parley.knowledge.DocumentFormat;
import io.parley.shared.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jmolecules.ddd.types.ValueObject;

/**
 * An uploaded file that passed the checks: not empty, not over the size limit, a supported extension, and content
 * that is what the extension says. A PDF must start with {@code %PDF-}; Markdown, HTML and plain text must be UTF-8
 * text (a byte-order mark is allowed), so an executable or an archive renamed {@code .pdf} or {@code .txt} is refused
 * by what it is, not by its name.
 */
public record DocumentFile(String fileName, DocumentFormat format, long size) implements ValueObject {

    private static final int MAX_NAME = 255;
    private static final Map<String, DocumentFormat> EXTENSIONS = Map.of("pdf", DocumentFormat.PDF,
            "html", DocumentFormat.HTML, "htm", DocumentFormat.HTML, "md", DocumentFormat.MARKDOWN,
            "markdown", DocumentFormat.MARKDOWN, "txt", DocumentFormat.TEXT, "text", DocumentFormat.TEXT);

    public static DocumentFile check(String rawName, byte[] content, long maxBytes) {
        String name = name(rawName);
        if (content.length == 0) {
            throw DomainException.invalid("knowledge.document-empty", "the file " + name + " is empty");
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid("knowledge.document-too-large", "the file " + name + " has "
                    + megabytes(content.length) + "; documents may have at most " + megabytes(maxBytes)
                    + " (split it, or ask your administrator to raise parley.knowledge.documents.max-size)");
        }
        int dot = name.lastIndexOf('.');
        DocumentFormat format = dot < 0 ? null : EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (format == null) {
            throw DomainException.invalid("knowledge.document-unsupported-type", "the file " + name
                    + " is not a supported document: upload .md, .html, .txt or .pdf files");
        }
        Optional<String> binary = binaryKind(content);
        if (format == DocumentFormat.PDF) {
            if (!startsWithPdfHeader(content)) {
                throw mismatch(name, "a PDF", binary.orElse("text or data of another kind"));
            }
        } else if (binary.isPresent()) {
            throw mismatch(name, "a text file", binary.get());
        } else if (!utf8(content)) {
            throw DomainException.invalid("knowledge.document-not-utf8", "the file " + name + " is not UTF-8 text;"
                    + " save it as UTF-8 (for example \"Save as\" → encoding UTF-8) and upload it again");
        }
        return new DocumentFile(name, format, content.length);
    }

    /** The file's own name without any folder, control characters or excess length; "document" when none is left. */
    static String name(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        return name.isEmpty() ? "document" : name;
    }

    /** A title given by the uploader, else the one the file declares, else the file name without its extension. */
    public String title(String given, String declared) {
        for (String candidate : new String[] {given, declared}) {
            String title = candidate == null ? "" : PlainText.clean(candidate).replace('\n', ' ');
            if (!title.isBlank()) {
                return title.length() <= KnowledgeDocument.MAX_TITLE ? title
                        : title.substring(0, KnowledgeDocument.MAX_TITLE - 1) + "…";
            }
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static DomainException mismatch(String name, String expected, String actual) {
        return DomainException.invalid("knowledge.document-type-mismatch", "the file " + name + " is named like "
                + expected + " but its content is " + actual + "; upload the document itself");
    }

    private static boolean startsWithPdfHeader(byte[] content) {
        // the header may follow a little junk (PDF 1.7, annex H), never more than the first kilobyte
        int limit = Math.min(content.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
                    && content[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** What known binary content the bytes start with, or that they hold NUL bytes, which text never does. */
    static Optional<String> binaryKind(byte[] content) {
        if (starts(content, 'M', 'Z')) {
            return Optional.of("a Windows program");
        }
        if (starts(content, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("a Linux program");
        }
        if (starts(content, 0xCF, 0xFA, 0xED, 0xFE) || starts(content, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return Optional.of("a program");
        }
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("a PDF");
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return Optional.of("a ZIP archive (or a Word, Excel or PowerPoint file)");
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an old Office file");
        }
        if (starts(content, 0x89, 'P', 'N', 'G') || starts(content, 0xFF, 0xD8, 0xFF) || starts(content, 'G', 'I', 'F')) {
            return Optional.of("an image");
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return Optional.of("binary data");
            }
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean utf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
