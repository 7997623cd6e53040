package io.parley.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** An avatar is what its bytes say it is, and small. */
class AvatarImageUnitTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 36, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

    @Test
    void recognisesPngJpegAndWebpByTheirFirstBytes() {
        assertThat(AvatarImage.of(PNG).format()).isEqualTo(ImageFormat.PNG);
        assertThat(AvatarImage.of(JPEG).format()).isEqualTo(ImageFormat.JPEG);
        assertThat(AvatarImage.of(WEBP).format()).isEqualTo(ImageFormat.WEBP);
        assertThat(ImageFormat.PNG.mediaType()).isEqualTo("image/png");
        assertThat(ImageFormat.WEBP.mediaType()).isEqualTo("image/webp");
    }

    @Test
    void refusesSvgHtmlGifAndTextWhateverTheyAreCalled() {
        for (String text : new String[] {"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "<!doctype html><html><script>alert(1)</script>", "GIF89a\u0001\u0000", "RIFF1234WAVEfmt ", "P"}) {
            assertThatThrownBy(() -> AvatarImage.of(text.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("agent.avatar-unsupported-format"));
        }
    }

    @Test
    void refusesAnEmptyPictureAndOneLargerThan256Kilobytes() {
        assertThatThrownBy(() -> AvatarImage.of(new byte[0])).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("agent.avatar-empty"));
        byte[] large = Arrays.copyOf(PNG, AvatarImage.MAX_BYTES + 1);
        assertThatThrownBy(() -> AvatarImage.of(large)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("agent.avatar-too-large"));
        assertThat(AvatarImage.of(Arrays.copyOf(PNG, AvatarImage.MAX_BYTES)).size()).isEqualTo(256 * 1024);
    }

    @Test
    void isNamedByTheSha256OfItsBytesAndKeepsThemFromChangingLater() {
        byte[] bytes = PNG.clone();
        var image = AvatarImage.of(bytes);
        bytes[15] = 'X';
        assertThat(image.digest().value()).hasSize(64).matches("[0-9a-f]+");
        assertThat(image.digest()).isEqualTo(AvatarImage.of(PNG).digest());
        assertThat(image.digest()).isNotEqualTo(AvatarImage.of(JPEG).digest());
        assertThat(image.bytes()).isEqualTo(PNG);
    }

    @Test
    void aDigestIsSixtyFourLowerCaseHexDigits() {
        assertThat(AvatarDigest.isWellFormed("a".repeat(64))).isTrue();
        assertThat(AvatarDigest.isWellFormed("A".repeat(64))).isFalse();
        assertThat(AvatarDigest.isWellFormed("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> new AvatarDigest("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgentChangesAndRemovesTheirPictureAndSaysWhichOneWasReplaced() {
        var agent = AgentUnitTests.agent();
        var first = AvatarImage.of(PNG).digest();
        var second = AvatarImage.of(JPEG).digest();

        assertThat(agent.changeAvatar(first)).isNull();
        assertThat(agent.changeAvatar(second)).isEqualTo(first);
        assertThat(agent.avatar()).isEqualTo(second);
        assertThat(agent.removeAvatar()).isEqualTo(second);
        assertThat(agent.avatar()).isNull();
    }
}
