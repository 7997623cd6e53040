package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.TextMessage;

/** The JSON examples of docs/protocol.md are frames as the server reads and writes them, and cover every frame. */
class ProtocolDocumentTests {

    private static final Pattern EXAMPLE = Pattern.compile("```json (client|server)\\n(.*?)\\n```", Pattern.DOTALL);
    private static final List<String> client = new ArrayList<>();
    private static final List<String> server = new ArrayList<>();

    @BeforeAll
    static void readExamples() throws IOException {
        String document = Files.readString(Path.of("../../docs/protocol.md"));
        var matcher = EXAMPLE.matcher(document);
        while (matcher.find()) {
            (matcher.group(1).equals("client") ? client : server).add(matcher.group(2));
        }
    }

    @Test
    void clientExamplesAreValidClientFramesCoveringEveryFrame() throws Exception {
        var covered = EnumSet.noneOf(ClientFrame.FrameCase.class);
        for (String example : client) {
            var frame = ClientFrame.newBuilder();
            JsonFormat.parser().merge(example, frame);  // strict: a misspelt field fails here
            assertThat(new JsonFrameCodec().decode(new TextMessage(example))).as("as the server reads it: %s", example)
                    .isEqualTo(frame.build());
            covered.add(frame.getFrameCase());
        }
        assertThat(covered).containsAll(Arrays.stream(ClientFrame.FrameCase.values())
                .filter(c -> c != ClientFrame.FrameCase.FRAME_NOT_SET).toList());
    }

    @Test
    void serverExamplesAreExactlyWhatTheServerPrints() throws Exception {
        var covered = EnumSet.noneOf(ServerFrame.FrameCase.class);
        var codec = new JsonFrameCodec();
        for (String example : server) {
            var frame = ServerFrame.newBuilder();
            JsonFormat.parser().merge(example, frame);
            assertThat(((TextMessage) codec.encode(frame.build())).getPayload()).isEqualTo(example);
            covered.add(frame.getFrameCase());
        }
        assertThat(covered).containsAll(Arrays.stream(ServerFrame.FrameCase.values())
                .filter(c -> c != ServerFrame.FrameCase.FRAME_NOT_SET).toList());
    }
}
