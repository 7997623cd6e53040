package io.parley.knowledge.adapter.documents;

import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.model.DocumentText.Block;
import io.parley.knowledge.model.DocumentText.Paragraph;
import io.parley.shared.DomainException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text in reading order (PDFBox), as paragraphs: PDFBox marks the breaks it sees between paragraphs, and the
 * lines of one paragraph are joined again (without a space between Han characters, which PDF breaks anywhere). A
 * PDF carries no reliable headings, so its chunks have none. A scanned PDF gives no paragraphs at all.
 */
final class PdfText {

    private static final String BREAK = "\n\u2029\n";

    private PdfText() {}

    static DocumentText read(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted();
            }
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd(BREAK);
            stripper.setPageEnd(BREAK);
            String text = stripper.getText(pdf);
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new DocumentText(title, paragraphs(text));
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refusal) {
                throw refusal;
            }
            throw DomainException.invalid("knowledge.document-unreadable", "the PDF could not be read ("
                    + e.getClass().getSimpleName() + "); it may be damaged: open it, save or print it as a new PDF,"
                    + " and upload that");
        }
    }

    private static List<Block> paragraphs(String text) {
        var blocks = new ArrayList<Block>();
        for (String paragraph : text.split("\u2029")) {
            String joined = joinLines(paragraph.strip());
            if (!joined.isBlank()) {
                blocks.add(new Paragraph(joined));
            }
        }
        return blocks;
    }

    /** One paragraph's lines as running text: "exam-" + "ple" is "example", Han text needs no space. */
    static String joinLines(String paragraph) {
        String[] lines = paragraph.split("\\s*\\n\\s*");
        var text = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                char last = text.charAt(text.length() - 1);
                char next = line.charAt(0);
                if (last == '-' && Character.isLowerCase(next) && text.length() > 1
                        && Character.isLetter(text.charAt(text.length() - 2))) {
                    text.setLength(text.length() - 1);
                } else if (!han(last) && !han(next)) {
                    text.append(' ');
                }
            }
            text.append(line);
        }
        return text.toString();
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    private static DomainException encrypted() {
        return DomainException.invalid("knowledge.document-encrypted", "the PDF is protected by a password or does"
                + " not allow copying its text; upload a copy without protection");
    }
}
