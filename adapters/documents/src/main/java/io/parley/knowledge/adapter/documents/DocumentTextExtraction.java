package io.parley.knowledge.adapter.documents;

import io.parley.knowledge.DocumentFormat;
import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.port.ExtractText;
import java.nio.charset.StandardCharsets;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

/** Hands each format to its reader; text formats are UTF-8 (checked at upload), a byte-order mark is dropped. */
@Component
@SecondaryAdapter
class DocumentTextExtraction implements ExtractText {

    @Override
    public DocumentText extract(DocumentFormat format, byte[] content) {
        return switch (format) {
            case PDF -> PdfText.read(content);
            case HTML -> HtmlText.read(utf8(content));
            case MARKDOWN -> MarkdownText.read(utf8(content));
            case TEXT -> TextFile.read(utf8(content));
        };
    }

    static String utf8(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
