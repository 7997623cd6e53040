package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.knowledge.DocumentFormat;
import io.parley.shared.DomainException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFileUnitTests {

    private static final long LIMIT = 1024;

    private static String refusal(String name, byte[] content) {
        return assertThatThrownBy(() -> DocumentFile.check(name, content, LIMIT))
                .isInstanceOf(DomainException.class).actual().getMessage() + "|"
                + ((DomainException) assertThatThrownBy(() -> DocumentFile.check(name, content, LIMIT)).actual())
                .code();
    }

    @Test
    void recognisesEachFormatByContentAndName() {
        assertThat(DocumentFile.check("guide.pdf", "%PDF-1.7\n...".getBytes(), LIMIT).format())
                .isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFile.check("page.HTM", "<p>hi</p>".getBytes(), LIMIT).format())
                .isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFile.check("C:\\docs\\faq.md", "# FAQ".getBytes(), LIMIT))
                .isEqualTo(new DocumentFile("faq.md", DocumentFormat.MARKDOWN, 5));
        assertThat(DocumentFile.check("notes.txt", "\uFEFF说明".getBytes(StandardCharsets.UTF_8), LIMIT).format())
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void refusesAProgramRenamedLikeADocument() {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

        assertThat(refusal("invoice.pdf", program)).contains("a Windows program")
                .endsWith("|knowledge.document-type-mismatch");
        assertThat(refusal("readme.txt", elf)).contains("a Linux program")
                .endsWith("|knowledge.document-type-mismatch");
        assertThat(refusal("report.md", "%PDF-1.4".getBytes())).contains("a PDF");
    }

    @Test
    void refusesOversizedEmptyUnsupportedAndNonUtf8Files() {
        assertThat(refusal("big.txt", "a".repeat(2000).getBytes())).contains("at most 0.0 MB")
                .endsWith("|knowledge.document-too-large");
        assertThat(refusal("empty.txt", new byte[0])).endsWith("|knowledge.document-empty");
        assertThat(refusal("sheet.xlsx", "PK".getBytes())).endsWith("|knowledge.document-unsupported-type");
        assertThat(refusal("gbk.txt", "退款说明".getBytes(Charset.forName("GBK"))))
                .endsWith("|knowledge.document-not-utf8");
    }

    @Test
    void titlesComeFromTheUploaderThenTheFileThenTheName() {
        var file = DocumentFile.check("refund-policy.md", "# x".getBytes(), LIMIT);

        assertThat(file.title(" Refunds ", "Declared")).isEqualTo("Refunds");
        assertThat(file.title(null, "Declared\ntitle")).isEqualTo("Declared title");
        assertThat(file.title("", "  ")).isEqualTo("refund-policy");
    }
}
