package io.parley.knowledge.adapter.ai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.parley.knowledge.DocumentChunkId;
import io.parley.knowledge.KnowledgeDocumentId;
import io.parley.knowledge.model.Chunker;
import io.parley.knowledge.model.DocumentChunk;
import io.parley.knowledge.model.DocumentText;
import io.parley.knowledge.model.DocumentText.Block;
import io.parley.knowledge.model.DocumentText.Heading;
import io.parley.knowledge.model.DocumentText.Paragraph;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures, with the embedding models' own tokenizers (the tokenizer files shipped in their jars, truncation off),
 * how many tokens the chunks of long documents take: every chunk must fit the 512-token window. Prints the figures
 * quoted in docs/knowledge.md.
 */
class ChunkTokenWindowTests {

    private static final Map<String, String> NO_TRUNCATION = Map.of("truncation", "false", "padding", "false");

    private static HuggingFaceTokenizer tokenizer(String resource) throws IOException {
        try (InputStream json = ChunkTokenWindowTests.class.getClassLoader().getResourceAsStream(resource)) {
            return HuggingFaceTokenizer.newInstance(json, NO_TRUNCATION);
        }
    }

    /** Long documents of each kind a workspace uploads, with worst cases: dense Han text, digits, symbols. */
    private static List<Block> document(String kind) {
        var random = new Random(11);
        var blocks = new ArrayList<Block>();
        for (int section = 0; section < 12; section++) {
            blocks.add(new Heading(1, kind.equals("zh") ? "第" + section + "章 售后服务与退款政策的详细说明"
                    : "Chapter " + section + ": after-sales service and the refund policy in detail"));
            for (int p = 0; p < 4; p++) {
                var text = new StringBuilder();
                int length = 200 + random.nextInt(1400);
                while (text.length() < length) {
                    text.append(switch (kind) {
                        case "zh" -> "退款申请审核通过后，我们会在1个工作日内发起退款，款项原路退回；微信支付和支付宝一般1-3个工作日到账。";
                        case "en" -> "Refunds are issued within one working day of approval and reach the original "
                                + "payment method; card refunds may take three to seven days. ";
                        case "mixed" -> "订单号A" + random.nextInt(1_000_000) + "（SKU-" + random.nextInt(9999)
                                + "）请在App的“我的订单”中查看，或访问https://help.example.com/orders/"
                                + random.nextInt(99999) + " 😀。";
                        case "ko" -> "환불 신청이 승인되면 영업일 기준 1일 이내에 원래 결제 수단으로 환불해 드립니다. ";
                        default -> randomCharacters(random);
                    });
                }
                blocks.add(new Paragraph(text.toString()));
            }
        }
        return blocks;
    }

    /** Rare Han characters, digits, Latin letters and punctuation with no spaces or sentence ends. */
    private static String randomCharacters(Random random) {
        var text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            int kind = random.nextInt(4);
            text.appendCodePoint(switch (kind) {
                case 0 -> 0x4E00 + random.nextInt(0x9FA5 - 0x4E00);
                case 1 -> '0' + random.nextInt(10);
                case 2 -> 'a' + random.nextInt(26);
                default -> "#$%&*+/<=>@[]^_{|}~".charAt(random.nextInt(19));
            });
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en", "mixed", "random", "ko"})
    void everyChunkFitsBothModelsWindow(String kind) throws IOException {
        var chunks = Chunker.split(new DocumentText(null, document(kind))).stream()
                .map(p -> new DocumentChunk(DocumentChunkId.random(), KnowledgeDocumentId.random(), 0, p.headings(),
                        p.text()).indexText()).toList();
        try (var bge = tokenizer("bge-small-zh-v1.5-q-tokenizer.json");
             var minilm = tokenizer("all-minilm-l6-v2-q-tokenizer.json")) {
            var bgeTokens = new IntSummaryStatistics();
            var minilmTokens = new IntSummaryStatistics();
            var characters = new IntSummaryStatistics();
            for (String chunk : chunks) {
                bgeTokens.accept(bge.encode(chunk).getIds().length);
                minilmTokens.accept(minilm.encode(chunk).getIds().length);
                characters.accept(chunk.length());
            }
            System.out.printf("chunk tokens, %s: %d chunks, characters max %d mean %.0f; bge max %d mean %.0f;"
                            + " minilm max %d mean %.0f%n", kind, chunks.size(), characters.getMax(),
                    characters.getAverage(), bgeTokens.getMax(), bgeTokens.getAverage(), minilmTokens.getMax(),
                    minilmTokens.getAverage());
            assertThat(bgeTokens.getMax()).as("bge-small-zh tokens, with [CLS] and [SEP]").isLessThanOrEqualTo(512);
            assertThat(minilmTokens.getMax()).as("all-MiniLM-L6 tokens, with [CLS] and [SEP]").isLessThanOrEqualTo(512);
            assertThat(characters.getMax()).isLessThanOrEqualTo(Chunker.MAX_INDEX_TEXT);
        }
    }
}
