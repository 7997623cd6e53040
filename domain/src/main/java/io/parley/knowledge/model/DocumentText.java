package io.parley.knowledge.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The text of a document as headings and paragraphs in reading order, without markup: what extraction gives and the
 * {@link Chunker} splits. Lists, table rows and code blocks arrive as paragraphs.
 *
 * @param title the title the file itself declares (HTML {@code <title>}, PDF metadata), if any
 */
public record DocumentText(@Nullable String title, List<Block> blocks) {

    public DocumentText {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Heading, Paragraph {
        String text();
    }

    /** @param level 1 for the outermost heading, up to 6 */
    public record Heading(int level, String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    /** Whether there is any paragraph text to search: a scanned PDF has none. */
    public boolean hasText() {
        return blocks.stream().anyMatch(b -> b instanceof Paragraph && !PlainText.clean(b.text()).isBlank());
    }
}
