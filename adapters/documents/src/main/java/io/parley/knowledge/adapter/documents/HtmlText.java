package io.parley.knowledge.adapter.documents;

import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.model.DocumentText.Block;
import io.parley.knowledge.model.DocumentText.Heading;
import io.parley.knowledge.model.DocumentText.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page's text (jsoup): {@code h1}–{@code h6} become headings, block elements (paragraphs, list items, table
 * rows, quotes, preformatted text) paragraphs. Scripts, styles, embedded frames and objects, forms and navigation
 * are dropped with everything inside them; links keep only their text, images nothing. No markup survives.
 */
final class HtmlText {

    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "math, form, nav, head, audio, video";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "li", "dt", "dd", "blockquote", "pre", "tr", "table", "ul", "ol", "dl", "figure", "figcaption",
            "address", "details", "summary", "body", "caption", "hr");

    private HtmlText() {}

    static DocumentText read(String html) {
        Document page = Jsoup.parse(html);
        String title = page.title();
        page.select(DROPPED).remove();
        var blocks = new ArrayList<Block>();
        NodeTraversor.traverse(new Blocks(blocks), page.body());
        return new DocumentText(title.isBlank() ? null : title, blocks);
    }

    /** Walks the page once, closing a paragraph at every block boundary. */
    private static final class Blocks implements NodeVisitor {

        private final List<Block> blocks;
        private final StringBuilder paragraph = new StringBuilder();
        private int skipDepth = -1;

        Blocks(List<Block> blocks) {
            this.blocks = blocks;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth >= 0) {
                return;
            }
            if (node instanceof TextNode text) {
                String value = inPre(text) ? text.getWholeText() : text.text();
                paragraph.append(value);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.matches("h[1-6]")) {
                    flush();
                    String heading = element.text().strip();
                    if (!heading.isEmpty()) {
                        blocks.add(new Heading(tag.charAt(1) - '0', heading));
                    }
                    skipDepth = depth;
                } else if (tag.equals("br")) {
                    paragraph.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    paragraph.append(paragraph.isEmpty() ? "" : " | ");
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    if (tag.equals("li")) {
                        paragraph.append("• ");
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth == depth) {
                skipDepth = -1;
                return;
            }
            if (skipDepth < 0 && node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
            }
        }

        private void flush() {
            String text = paragraph.toString().strip();
            if (!text.isEmpty() && !text.equals("•")) {
                blocks.add(new Paragraph(text));
            }
            paragraph.setLength(0);
        }

        private static boolean inPre(TextNode text) {
            for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
                if (parent instanceof Element element && element.normalName().equals("pre")) {
                    return true;
                }
            }
            return false;
        }
    }
}
