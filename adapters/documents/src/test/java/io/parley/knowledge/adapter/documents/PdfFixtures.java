package io.parley.knowledge.adapter.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs made with PDFBox for tests: text pages, a page with no text (as a scan), a password-protected file. */
public final class PdfFixtures {

    private PdfFixtures() {}

    /** One page per list; each string is a paragraph, set in lines of at most 80 characters with a gap after it. */
    public static byte[] text(String title, List<List<String>> pages) {
        try (var pdf = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (var paragraphs : pages) {
                var page = new PDPage();
                pdf.addPage(page);
                try (var content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(60, 720);
                    for (String paragraph : paragraphs) {
                        for (String line : lines(paragraph, 80)) {
                            content.showText(line);
                            content.newLine();
                        }
                        content.newLine();
                    }
                    content.endText();
                }
            }
            var info = new PDDocumentInformation();
            info.setTitle(title);
            pdf.setDocumentInformation(info);
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with only a drawn shape: what a scanned page looks like to text extraction. */
    public static byte[] withoutText() {
        try (var pdf = new PDDocument()) {
            var page = new PDPage();
            pdf.addPage(page);
            try (var content = new PDPageContentStream(pdf, page)) {
                content.addRect(100, 100, 300, 400);
                content.fill();
            }
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] passwordProtected(String text) {
        try (var pdf = PDDocumentLoader.load(text(text, List.of(List.of(text))))) {
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            return bytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        var out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    private static List<String> lines(String paragraph, int width) {
        var lines = new java.util.ArrayList<String>();
        var line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static final class PDDocumentLoader {
        static PDDocument load(byte[] bytes) throws IOException {
            return org.apache.pdfbox.Loader.loadPDF(bytes);
        }
    }
}
