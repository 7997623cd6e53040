package io.parley.knowledge.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptUnitTests {

    @ParameterizedTest
    @CsvSource({"课程可以退款吗, HAN", "想买Python入门 在哪下单, HAN", "登不进去了 password 忘了, HAN",
            "can I pay with paypal, OTHER", "123 ???, OTHER", "Ich möchte kündigen, OTHER"})
    void routesAnyHanCharacterToTheChineseModel(String text, Script expected) {
        assertThat(Script.of(text)).isEqualTo(expected);
    }
}
