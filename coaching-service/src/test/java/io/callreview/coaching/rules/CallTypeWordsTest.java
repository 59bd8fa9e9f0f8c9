package io.callreview.coaching.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallTypeWordsTest {

    @Test
    void aCallTypeReadsAsAKindOfCallOnce() {
        assertThat(CallTypeWords.call("discovery")).isEqualTo("discovery call");
        assertThat(CallTypeWords.call("cold-call")).isEqualTo("cold call");
        assertThat(CallTypeWords.call("qbr_calls")).isEqualTo("qbr call");
        assertThat(CallTypeWords.calls("renewal")).isEqualTo("renewal calls");
        assertThat(CallTypeWords.calls("cold-call")).isEqualTo("cold calls");
        assertThat(CallTypeWords.call("recall")).as("a word ending in call is not the word call").isEqualTo("recall call");
    }
}
