package io.callreview.web.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExactTotalEndsThePagesWhereTheCallsEnd() throws Exception {
        Paging last = Paging.of(JSON.readTree("{\"page\": 2, \"total\": 57, \"totalExact\": true}"), 25);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.pagesShown()).isEqualTo("3");
        assertThat(last.totalShown()).isEqualTo("57");
        assertThat(Paging.of(JSON.readTree("{\"page\": 1, \"total\": 57}"), 25).hasNext()).isTrue();
    }

    @Test
    void aTotalCountedOnlySoFarLeavesTheNextPageOpen() throws Exception {
        Paging counted = Paging.of(JSON.readTree("{\"page\": 399, \"total\": 10000, \"totalExact\": false}"), 25);
        assertThat(counted.hasNext()).isTrue();
        assertThat(counted.totalShown()).isEqualTo("10000+");
        assertThat(counted.pagesShown()).isEqualTo("400+");
    }
}
