package io.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTests {

    @Test
    void readsValuesFlagsDurationsAndLists() {
        var options = Options.parse(List.of("--rate", "2_000", "--duration=1.5s", "--find-saturation", "--hold", "2m",
                "--connections", "1000,5000"));

        assertThat(options.decimal("rate", 0)).isEqualTo(2000);
        assertThat(options.duration("duration", Duration.ZERO)).isEqualTo(Duration.ofMillis(1500));
        assertThat(options.flag("find-saturation")).isTrue();
        assertThat(options.duration("hold", Duration.ZERO)).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.integers("connections", List.of())).containsExactly(1000, 5000);
        assertThat(options.duration("grace", Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        options.requireAllRead();
    }

    @Test
    void aMisspeltOptionIsReportedInsteadOfIgnored() {
        var options = Options.parse(List.of("--rate", "10", "--duratoin", "5s"));
        options.decimal("rate", 0);
        options.duration("duration", Duration.ZERO);

        assertThatThrownBy(options::requireAllRead).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--duratoin");
    }
}
