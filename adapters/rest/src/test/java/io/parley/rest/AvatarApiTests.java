package io.parley.rest;

import static io.parley.rest.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.agent.AvatarFile;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the HTTP side of avatars promises: the size limit before anything is read, and how pictures are served. */
class AvatarApiTests extends ApiTestSupport {

    private static final String DIGEST = "ab".repeat(32);

    @Autowired
    FakeAgentProfiles profiles;

    @Test
    void refusesAPictureOver256KilobytesBeforeTheUseCaseSeesIt() throws Exception {
        int before = profiles.uploads.get();
        byte[] big = new byte[256 * 1024 + 1];
        big[0] = (byte) 0x89;

        var declared = upload(HttpRequest.BodyPublishers.ofByteArray(big));
        var chunked = upload(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        for (var reply : new HttpResponse<?>[] {declared, chunked}) {
            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(reply.body().toString()).contains("\"code\":\"agent.avatar-too-large\"").contains("256 KB");
        }
        assertThat(profiles.uploads.get()).isEqualTo(before);
    }

    @Test
    void takesAPictureLargerThanAJsonBodyMayBe() throws Exception {
        byte[] picture = new byte[200 * 1024];
        var reply = upload(HttpRequest.BodyPublishers.ofByteArray(picture));

        assertThat(reply.statusCode()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().toString()).contains("/api/v1/avatars/");
    }

    @Test
    void servesAPictureWithItsCheckedTypeForAYearAndNothingElse() throws Exception {
        profiles.files.put(DIGEST, new AvatarFile("image/webp", "webp", DIGEST, new byte[] {'R', 'I', 'F', 'F'}));

        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/avatars/" + DIGEST)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).containsExactly('R', 'I', 'F', 'F');
        assertThat(reply.headers().firstValue("Content-Type")).contains("image/webp");
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(reply.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000").contains("public").contains("immutable");
        assertThat(reply.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        assertThat(reply.headers().firstValue("ETag")).contains("\"" + DIGEST + "\"");

        var again = api.send("GET", "/api/v1/avatars/" + DIGEST, null, null, Map.of("If-None-Match", "\"" + DIGEST + "\""));
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedAddress() {
        assertProblem(api.get("/api/v1/avatars/" + "cd".repeat(32), null), 404, "agent.avatar-not-found");
        assertProblem(api.get("/api/v1/avatars/not-a-digest.png", null), 404, "agent.avatar-not-found");
    }

    private HttpResponse<String> upload(HttpRequest.BodyPublisher body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/agents/me/avatar"))
                .header("Authorization", "Bearer " + AGENT_TOKEN).header("Content-Type", "image/png")
                .PUT(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
