package io.parley.gateway.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BinaryIdsTests {

    private static final String TEXT = "0b7c2b9e-4d0e-4a53-9d39-5f1d4c1c2a11";
    private static final UUID ID = UUID.fromString(TEXT);

    @Test
    void writesTheMostSignificantHalfFirstBigEndian() {
        assertThat(HexFormat.of().formatHex(BinaryIds.of(ID).toByteArray()))
                .isEqualTo("0b7c2b9e4d0e4a539d395f1d4c1c2a11");
    }

    @Test
    void roundTripsEveryUuid() {
        for (UUID id : new UUID[] {ID, UUID.randomUUID(), new UUID(0, 0), new UUID(-1, -1),
                new UUID(Long.MIN_VALUE, Long.MAX_VALUE)}) {
            assertThat(BinaryIds.uuid(BinaryIds.of(id), "id")).isEqualTo(id);
            assertThat(BinaryIds.text("", BinaryIds.of(id), "id")).isEqualTo(id.toString());
        }
    }

    @Test
    void refusesAnyLengthButSixteen() {
        for (int length : new int[] {1, 15, 17, 36}) {
            var bytes = ByteString.copyFrom(new byte[length]);
            assertThatThrownBy(() -> BinaryIds.uuid(bytes, "message_id_bin"))
                    .isInstanceOf(BinaryIds.InvalidIdException.class)
                    .hasMessage("message_id_bin must be 16 bytes (a UUID), not " + length);
            assertThatThrownBy(() -> BinaryIds.text("", bytes, "conversation_id"))
                    .isInstanceOf(BinaryIds.InvalidIdException.class).hasMessageStartingWith("conversation_id_bin");
        }
    }

    @Test
    void anEmptyTwinLeavesTheStringAsItIs() {
        assertThat(BinaryIds.text("web-7f3a-0001", ByteString.EMPTY, "client_message_id")).isEqualTo("web-7f3a-0001");
        assertThat(BinaryIds.text("", ByteString.EMPTY, "client_message_id")).isEmpty();
    }

    @Test
    void bothFormsPassWhenTheStringIsTheTwinsCanonicalForm() {
        assertThat(BinaryIds.text(TEXT, BinaryIds.of(ID), "conversation_id")).isEqualTo(TEXT);
    }

    @Test
    void bothFormsWithDifferentValuesAreRefused() {
        for (String other : new String[] {UUID.randomUUID().toString(), TEXT.toUpperCase(), "web-7f3a-0001"}) {
            assertThatThrownBy(() -> BinaryIds.text(other, BinaryIds.of(ID), "client_message_id"))
                    .as(other).isInstanceOf(BinaryIds.InvalidIdException.class)
                    .hasMessageContaining("client_message_id and client_message_id_bin name different ids");
        }
    }

    @Test
    void canonicalMeansExactlyWhatUuidToStringWrites() {
        assertThat(BinaryIds.isCanonical(TEXT)).isTrue();
        assertThat(BinaryIds.isCanonical(UUID.randomUUID().toString())).isTrue();
        for (String text : new String[] {TEXT.toUpperCase(), "0b7c2b9e4d0e4a539d395f1d4c1c2a11",
                "0b7c2b9e-4d0e-4a53-9d39-5f1d4c1c2a1", "0b7c2b9e-4d0e-4a53-9d39-5f1d4c1c2a11 ",
                "0b7c2b9e-4d0e-4a53-9d39_5f1d4c1c2a11", "0b7c2b9e-4d0e-4a53-9d39-5f1d4c1c2a1g", "web-7f3a-0001", ""}) {
            assertThat(BinaryIds.isCanonical(text)).as(text).isFalse();
        }
    }
}
