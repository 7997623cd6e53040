package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CSV import and export of entries: Excel's UTF-8 with a BOM, all-or-nothing with per-line codes, a round trip. */
class KnowledgeCsvIntegrationTests extends ParleyIntegrationTest {

    private static final String IMPORT = "/api/v1/knowledge/import/csv";

    private Response importCsv(Tenant tenant, byte[] csv) {
        return client().upload(IMPORT, tenant.adminToken(), "entries.csv", csv, Map.of());
    }

    private List<JsonNode> entries(Tenant tenant) {
        return client().get("/api/v1/knowledge/entries", tenant.adminToken()).body().path("items").valueStream()
                .toList();
    }

    private static byte[] withBom(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    @Test
    void importsExcelsUtf8WithAByteOrderMarkAndColumnsInAnyOrder() {
        var tenant = newTenant();
        String csv = """
                Tags,Question,Answer,Alternatives,Enabled\r
                售后|退款,退款多久到账？,"审核通过后1个工作日内发起退款，
                款项原路退回。",钱什么时候退回来|退款几天到,是\r
                ,Do you ship abroad?,"Yes, to 30 countries.",,false\r
                """;

        Response imported = importCsv(tenant, withBom(csv));

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        var entries = entries(tenant);
        assertThat(entries).hasSize(2);
        JsonNode refund = entries.stream().filter(e -> e.path("question").asString().equals("退款多久到账？"))
                .findFirst().orElseThrow();
        assertThat(refund.path("answer").asString()).isEqualTo("审核通过后1个工作日内发起退款，\n款项原路退回。");
        assertThat(refund.path("alternatives").toString()).isEqualTo("[\"钱什么时候退回来\",\"退款几天到\"]");
        assertThat(refund.path("tags").toString()).isEqualTo("[\"售后\",\"退款\"]");
        assertThat(refund.path("enabled").asBoolean()).isTrue();
        assertThat(entries).filteredOn(e -> e.path("question").asString().equals("Do you ship abroad?"))
                .singleElement().satisfies(e -> assertThat(e.path("enabled").asBoolean()).isFalse());
    }

    @Test
    void aFileWithInvalidLinesImportsNothingAndNamesEachLineAndItsCode() {
        var tenant = newTenant();
        String csv = """
                question,answer,enabled
                Good question?,A good answer.,true
                "Multi-line
                question with no answer?",,true
                Third?,Fine.,maybe
                """;

        Response refused = importCsv(tenant, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("knowledge.import-invalid");
        assertThat(refused.body().path("detail").asString()).contains("line 3");
        assertThat(refused.body().path("errors").valueStream()
                .map(e -> e.path("line").asInt() + " " + e.path("code").asString()))
                .containsExactly("3 knowledge.invalid-answer", "5 knowledge.csv-invalid-enabled");
        assertThat(entries(tenant)).as("all or nothing").isEmpty();
    }

    @Test
    void refusesGbkNamingTheFirstLineThatIsNotUtf8() {
        var tenant = newTenant();
        byte[] gbk = "question,answer\nHours?,9 to 5.\n营业时间？,早九晚五。\n".getBytes(Charset.forName("GBK"));

        Response refused = importCsv(tenant, gbk);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("knowledge.csv-not-utf8");
        assertThat(refused.body().path("detail").asString()).contains("line 3").contains("GBK")
                .contains("CSV UTF-8");
        assertThat(refused.body().path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(entries(tenant)).isEmpty();
    }

    @Test
    void anExportImportsIntoAnotherWorkspaceUnchanged() {
        var source = new KnowledgeDesk(client(), newTenant(), inboxes);
        var tenant = source.tenant();
        client().post("/api/v1/knowledge/entries", tenant.adminToken(), Map.of("question", "=HYPERLINK(\"x\")?",
                "answer", "Quotes \"inside\", commas,\nand a second line.", "alternatives", List.of("a, b", "c"),
                "tags", List.of("t1", "标签")));
        String disabled = source.write("Old price?", "-5% for members.");
        client().patch("/api/v1/knowledge/entries/" + disabled, tenant.adminToken(), Map.of("enabled", false));
        var target = newTenant();

        var exported = client().download("/api/v1/knowledge/export/csv", tenant.adminToken());
        Response imported = importCsv(target, exported.body());

        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(exported.headers().firstValue("Content-Disposition").orElse("")).contains("knowledge.csv");
        assertThat(new String(exported.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFquestion,answer,")
                .contains("\"'=HYPERLINK(\"\"x\"\")?\"").contains("'-5% for members.");
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        assertThat(entries(target).stream().map(KnowledgeCsvIntegrationTests::content).sorted().toList())
                .isEqualTo(entries(tenant).stream().map(KnowledgeCsvIntegrationTests::content).sorted().toList());
    }

    private static String content(JsonNode entry) {
        return String.join("|", entry.path("question").asString(), entry.path("answer").asString(),
                entry.path("alternatives").toString(), entry.path("tags").toString(),
                entry.path("enabled").toString());
    }
}
