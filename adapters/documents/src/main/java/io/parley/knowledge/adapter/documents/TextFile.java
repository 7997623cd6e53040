package io.parley.knowledge.adapter.documents;

import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.model.DocumentText.Block;
import io.parley.knowledge.model.DocumentText.Paragraph;
import java.util.Arrays;
import java.util.List;

/** Plain text: paragraphs are separated by blank lines; a file has no headings. */
final class TextFile {

    private TextFile() {}

    static DocumentText read(String text) {
        return new DocumentText(null, paragraphs(text));
    }

    static List<Block> paragraphs(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).<Block>map(Paragraph::new).toList();
    }
}
