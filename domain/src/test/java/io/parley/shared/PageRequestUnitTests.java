package io.parley.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestUnitTests {

    @Test
    void acceptsTheFirstPageAndTheBoundsOfTheSize() {
        assertThat(new PageRequest(0, 1).size()).isEqualTo(1);
        assertThat(new PageRequest(0, PageRequest.MAX_SIZE).size()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void rejectsNegativePage(int page) {
        assertThatThrownBy(() -> new PageRequest(page, 20))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("request.invalid-page");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, PageRequest.MAX_SIZE + 1, Integer.MAX_VALUE})
    void rejectsSizeOutsideOneToTwoHundred(int size) {
        assertThatThrownBy(() -> new PageRequest(0, size))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("request.invalid-page"));
    }

    @Test
    void offsetDoesNotOverflowOnFarPages() {
        assertThat(new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE).offset())
                .isEqualTo((long) Integer.MAX_VALUE * PageRequest.MAX_SIZE);
    }

    @Test
    void offsetOfThirdPageSkipsTwoPages() {
        assertThat(new PageRequest(2, 25).offset()).isEqualTo(50);
    }

    @Test
    void pageKeepsItsItemsWhenTheSourceListChanges() {
        var source = new ArrayList<>(List.of("a", "b"));
        var page = new Page<>(source, 0, 2, 7);

        source.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(page.total()).isEqualTo(7);
    }
}
