package io.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageLedgerTests {

    @Test
    void bodyStartsWithTheIntendedSendTimeAndHasTheRequestedSize() {
        String body = MessageLedger.body(123_456_789L, 100);

        assertThat(body).startsWith("123456789 ").hasSize(100);
        assertThat(MessageLedger.body(123_456_789L, 4)).as("never shorter than the timestamp").isEqualTo("123456789");
    }
}
