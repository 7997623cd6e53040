package io.parley.knowledge.adapter.documents;

import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.model.DocumentText.Block;
import io.parley.knowledge.model.DocumentText.Heading;
import io.parley.knowledge.model.DocumentText.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * A Markdown file's structure (commonmark): ATX and Setext headings become headings; paragraphs, list items, code
 * blocks and quotes paragraphs. Emphasis and links keep their text only (a link's address is dropped), images
 * nothing; raw HTML inside the Markdown is read as HTML text, so its tags and scripts are gone.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {}

    static DocumentText read(String markdown) {
        var blocks = new ArrayList<Block>();
        collect(PARSER.parse(markdown), blocks);
        String title = blocks.stream().filter(b -> b instanceof Heading h && h.level() == 1).map(Block::text)
                .findFirst().orElse(null);
        return new DocumentText(title, blocks);
    }

    private static void collect(Node parent, List<Block> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Heading heading -> blocks.add(new Heading(heading.getLevel(), inline(heading)));
                case org.commonmark.node.Paragraph paragraph -> add(blocks, inline(paragraph));
                case FencedCodeBlock code -> add(blocks, code.getLiteral());
                case IndentedCodeBlock code -> add(blocks, code.getLiteral());
                case HtmlBlock html -> add(blocks, Jsoup.parse(html.getLiteral()).text());
                case BulletList list -> add(blocks, items(list, false));
                case OrderedList list -> add(blocks, items(list, true));
                case BlockQuote quote -> collect(quote, blocks);
                default -> { }
            }
        }
    }

    /** A list as one paragraph, an item per line: items of one list belong together. */
    private static String items(Node list, boolean ordered) {
        var text = new StringBuilder();
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                var inner = new ArrayList<Block>();
                collect(item, inner);
                String line = String.join(" ", inner.stream().map(Block::text).toList());
                text.append(text.isEmpty() ? "" : "\n").append(ordered ? number++ + ". " : "• ").append(line);
            }
        }
        return text.toString();
    }

    private static void add(List<Block> blocks, String text) {
        if (!text.isBlank()) {
            blocks.add(new Paragraph(text.strip()));
        }
    }

    /** The plain text of inline content: literal text and code, line breaks, nothing of tags or addresses. */
    private static String inline(Node node) {
        var text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append('\n');
            }

            @Override
            public void visit(HtmlInline html) {
                // a tag on its own: nothing to read
            }

            @Override
            public void visit(org.commonmark.node.Image image) {
                // an image's description is not text of the document
            }
        });
        return text.toString();
    }
}
