package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.model.DocumentText.Block;
import io.parley.knowledge.model.DocumentText.Heading;
import io.parley.knowledge.model.DocumentText.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerUnitTests {

    private static List<Chunker.Piece> split(Block... blocks) {
        return Chunker.split(new DocumentText(null, List.of(blocks)));
    }

    private static String indexText(Chunker.Piece piece) {
        return new DocumentChunk(DocumentChunkId.random(), KnowledgeDocumentId.random(), 0, piece.headings(),
                piece.text()).indexText();
    }

    @Test
    void keepsTheHeadingPathOfEachSectionAndNeverJoinsTwoSections() {
        var pieces = split(new Heading(1, "Refunds"), new Paragraph("Refunds take 3 days."),
                new Heading(2, "By card"), new Paragraph("Cards take 5 days."),
                new Heading(2, "By PayPal"), new Paragraph("PayPal takes 1 day."), new Paragraph("No fees."),
                new Heading(1, "Shipping"), new Paragraph("We ship worldwide."));

        assertThat(pieces).extracting(Chunker.Piece::headings).containsExactly(List.of("Refunds"),
                List.of("Refunds", "By card"), List.of("Refunds", "By PayPal"), List.of("Shipping"));
        assertThat(pieces.get(2).text()).isEqualTo("PayPal takes 1 day.\n\nNo fees.");
        assertThat(indexText(pieces.get(1))).isEqualTo("Refunds › By card\nCards take 5 days.");
    }

    @Test
    void splitsALongSectionAtParagraphsThenSentencesWithinTheWindow() {
        String sentence = "退款申请审核通过后，我们会在一个工作日内发起退款，款项原路退回。";
        var pieces = split(new Heading(1, "退款政策"), new Paragraph(sentence.repeat(30)),
                new Paragraph("Short closing paragraph."));

        assertThat(pieces).hasSizeGreaterThan(2);
        assertThat(pieces).allSatisfy(piece -> {
            assertThat(indexText(piece).length()).isLessThanOrEqualTo(Chunker.MAX_INDEX_TEXT);
            assertThat(piece.headings()).containsExactly("退款政策");
        });
        // cut at sentence ends: every passage of the long paragraph ends a sentence
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p.text()).endsWith("。"));
        assertThat(String.join("", pieces.stream().map(Chunker.Piece::text).toList()).replace("\n\n", ""))
                .isEqualTo(sentence.repeat(30) + "Short closing paragraph.");
    }

    @Test
    void cutsTextWithoutSentenceEndsAtSpacesAndNeverSplitsACharacter() {
        String words = "word ".repeat(400);
        String emoji = "😀".repeat(600);
        var pieces = split(new Paragraph(words), new Paragraph(emoji));

        assertThat(pieces).allSatisfy(piece -> {
            assertThat(piece.text().length()).isLessThanOrEqualTo(Chunker.MAX_INDEX_TEXT);
            assertThat(piece.text()).doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(piece.text().codePoints()).noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
        });
        assertThat(pieces.stream().filter(p -> p.text().startsWith("word")).map(Chunker.Piece::text))
                .allMatch(text -> text.matches("(word ?)+"));
    }

    @Test
    void cleansControlCharactersAndSkipsEmptyParagraphs() {
        var pieces = split(new Paragraph("  \u0000\u0007 "), new Paragraph("Tab\there,\fform feed\u200B and\r\nCRLF"));

        assertThat(pieces).singleElement().extracting(Chunker.Piece::text)
                .isEqualTo("Tab here, form feed and\nCRLF");
    }

    @Test
    void aDocumentWithoutParagraphsHasNoChunks() {
        assertThat(split(new Heading(1, "Only a title"))).isEmpty();
        assertThat(new DocumentText(null, List.of(new Heading(1, "Only a title"))).hasText()).isFalse();
    }

    @Test
    void clipsAVeryLongHeadingPathSoTheTextKeepsMostOfTheWindow() {
        var pieces = split(new Heading(1, "A".repeat(300)), new Heading(2, "B".repeat(300)),
                new Paragraph("x ".repeat(300)));

        assertThat(pieces).allSatisfy(piece ->
                assertThat(indexText(piece).length()).isLessThanOrEqualTo(Chunker.MAX_INDEX_TEXT));
        assertThat(Chunker.label(pieces.getFirst().headings())).hasSize(Chunker.MAX_LABEL).endsWith("…");
    }
}
