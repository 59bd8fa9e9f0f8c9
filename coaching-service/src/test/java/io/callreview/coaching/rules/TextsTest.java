package io.callreview.coaching.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void truncatesWithAnEllipsisOnlyWhenTheTextDoesNotFit() {
        assertThat(Texts.truncate("abcdef", 4)).isEqualTo("abc…");
        assertThat(Texts.truncate("abcd", 4)).isEqualTo("abcd");
    }
}
