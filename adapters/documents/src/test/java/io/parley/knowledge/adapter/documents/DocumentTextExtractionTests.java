package io.parley.knowledge.adapter.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.knowledge.DocumentFormat;
import io.parley.knowledge.model.Chunker;
import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.model.DocumentText.Block;
import io.parley.knowledge.model.DocumentText.Heading;
import io.parley.knowledge.model.DocumentText.Paragraph;
import io.parley.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextExtractionTests {

    private final DocumentTextExtraction extraction = new DocumentTextExtraction();

    private DocumentText read(DocumentFormat format, String text) {
        return extraction.extract(format, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(DocumentText text) {
        return text.blocks().stream().map(Block::text).toList();
    }

    @Test
    void readsAPdfsParagraphsAndTitle() {
        byte[] pdf = PdfFixtures.text("Shipping guide", List.of(
                List.of("We ship to 30 countries. Orders leave our warehouse within two working days of payment.",
                        "Customs fees are paid by the recipient."),
                List.of("Returns are free within 30 days.")));

        var text = extraction.extract(DocumentFormat.PDF, pdf);

        assertThat(text.title()).isEqualTo("Shipping guide");
        assertThat(text.blocks()).allMatch(b -> b instanceof Paragraph);
        assertThat(String.join("\n", texts(text))).contains(
                "We ship to 30 countries. Orders leave our warehouse within two working days of payment.",
                "Customs fees are paid by the recipient.", "Returns are free within 30 days.");
        assertThat(texts(text)).as("pages are never joined").noneMatch(t -> t.contains("recipient. Returns"));
    }

    @Test
    void aPdfWithoutTextHasNoParagraphs() {
        assertThat(extraction.extract(DocumentFormat.PDF, PdfFixtures.withoutText()).hasText()).isFalse();
    }

    @Test
    void refusesAPasswordProtectedOrDamagedPdf() {
        assertThatThrownBy(() -> extraction.extract(DocumentFormat.PDF, PdfFixtures.passwordProtected("secret")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("knowledge.document-encrypted"));
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage".getBytes();
        assertThatThrownBy(() -> extraction.extract(DocumentFormat.PDF, damaged))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("knowledge.document-unreadable"));
    }

    @Test
    void readsHtmlHeadingsAndParagraphsAndDropsScriptsStylesAndLinks() {
        var text = read(DocumentFormat.HTML, """
                <html><head><title>Help centre</title><style>p { color: red }</style>
                <script>window.steal = document.cookie</script></head>
                <body><nav>Home | Pricing</nav>
                <h1>Refunds</h1><p>Refunds take <b>3 days</b>. <a href="javascript:alert(1)">Read more</a></p>
                <script>alert('injected')</script><noscript>enable js</noscript>
                <h2>By card</h2><ul><li>Visa</li><li>Mastercard</li></ul>
                <table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>9 USD</td></tr></table>
                <iframe src="https://evil.example"></iframe><p onclick="x()">Line one<br>line two</p>
                </body></html>""");

        assertThat(text.title()).isEqualTo("Help centre");
        assertThat(text.blocks()).containsExactly(new Heading(1, "Refunds"),
                new Paragraph("Refunds take 3 days. Read more"), new Heading(2, "By card"),
                new Paragraph("• Visa"), new Paragraph("• Mastercard"), new Paragraph("Plan | Price"),
                new Paragraph("Pro | 9 USD"), new Paragraph("Line one\nline two"));
        assertThat(String.join(" ", texts(text))).doesNotContain("alert", "cookie", "color", "javascript", "<",
                "Home", "enable js");
    }

    @Test
    void readsMarkdownHeadingsListsAndCodeWithoutMarkupOrAddresses() {
        var text = read(DocumentFormat.MARKDOWN, """
                # Installation guide

                Install the **desktop app** from [our site](https://example.com/download).

                ## Windows
                1. Run `setup.exe`
                2. Restart

                Setext heading
                --------------
                <script>alert(1)</script><b>bold html</b>

                ![diagram](diagram.png)
                """);

        assertThat(text.title()).isEqualTo("Installation guide");
        assertThat(text.blocks()).containsExactly(new Heading(1, "Installation guide"),
                new Paragraph("Install the desktop app from our site."), new Heading(2, "Windows"),
                new Paragraph("1. Run setup.exe\n2. Restart"), new Heading(2, "Setext heading"),
                new Paragraph("bold html"));
    }

    @Test
    void readsPlainTextParagraphsAndDropsAByteOrderMark() {
        var text = extraction.extract(DocumentFormat.TEXT,
                "\uFEFF第一段。\r\n仍是第一段。\r\n\r\n\r\n第二段。".getBytes(StandardCharsets.UTF_8));

        assertThat(text.blocks()).containsExactly(new Paragraph("第一段。\n仍是第一段。"), new Paragraph("第二段。"));
        assertThat(Chunker.split(text)).extracting(Chunker.Piece::text).containsExactly("第一段。\n仍是第一段。\n\n第二段。");
    }
}
