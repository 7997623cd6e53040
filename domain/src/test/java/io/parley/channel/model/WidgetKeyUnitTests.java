package io.parley.channel.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.shared.DomainException;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WidgetKeyUnitTests {

    @Test
    void acceptsPrefixAndTwentyFourHexDigits() {
        assertThat(new WidgetKey("wk_0123456789abcdef01234567").value()).isEqualTo("wk_0123456789abcdef01234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"wk_0123456789abcdef0123456", "wk_0123456789abcdef012345678", "wk_0123456789ABCDEF01234567",
            "xk_0123456789abcdef01234567", "0123456789abcdef01234567", "wk_0123456789abcdef0123456g",
            " wk_0123456789abcdef01234567"})
    void rejectsAnythingElse(String raw) {
        assertThatThrownBy(() -> new WidgetKey(raw))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("channel.invalid-widget-key"));
    }

    @Test
    void generatesWellFormedKeysThatDiffer() {
        var keys = new HashSet<WidgetKey>();
        IntStream.range(0, 1000).forEach(i -> keys.add(WidgetKey.generate()));

        assertThat(keys).hasSize(1000).allSatisfy(key -> assertThat(key.value()).matches("wk_[0-9a-f]{24}"));
    }
}
