package io.parley.benchmarks.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreCheckTests {

    @Test
    void countsLostDuplicatedAndUnacknowledgedStoredMessages() {
        var check = StoreCheck.of(Set.of("r-1", "r-2", "r-3", "r-4"),
                List.of("r-1", "r-2", "r-2", "r-3", "r-3", "r-3", "r-9"));

        assertThat(check.acknowledged()).isEqualTo(4);
        assertThat(check.stored()).isEqualTo(7);
        assertThat(check.lost()).as("r-4 was acknowledged but is not stored").isEqualTo(1);
        assertThat(check.duplicated()).as("one extra copy of r-2, two of r-3").isEqualTo(3);
        assertThat(check.unacknowledgedStored()).as("r-9 was stored without a 201").isEqualTo(1);
        assertThat(check.exact()).isFalse();
    }

    @Test
    void exactWhenEveryAcknowledgedMessageIsStoredOnce() {
        var check = StoreCheck.of(Set.of("r-1", "r-2"), List.of("r-2", "r-1"));

        assertThat(check.exact()).isTrue();
        assertThat(check.lost() + check.duplicated() + check.unacknowledgedStored()).isZero();
    }

    @Test
    void readsTheMessageIdAtTheStartOfAStoredBodyOfThisRunOnly() {
        var ledger = new IngestLedger("brun-measure-");

        assertThat(StoreCheck.idOf(ledger.body(42, 100), "brun-")).isEqualTo("brun-measure-42");
        assertThat(ledger.body(42, 100)).hasSize(100);
        assertThat(StoreCheck.idOf(ledger.body(7, 3), "brun-")).as("a body too short for padding is the id")
                .isEqualTo("brun-measure-7");
        assertThat(StoreCheck.idOf("brunch is ready", "brun-")).isNull();
        assertThat(StoreCheck.idOf("bother-measure-1 xx", "brun-")).isNull();
    }
}
