package io.callreview.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddedMariaDbOptionsTest {

    @Test
    void announcesMySql57WithTheRealMariaDbVersionBehindIt() {
        assertThat(EmbeddedMariaDbOptions.announcedVersion("mariadb-10.11.5")).isEqualTo("5.7.19-10.11.5-MariaDB");
        assertThat(EmbeddedMariaDbOptions.announcedVersion("11.4.2")).isEqualTo("5.7.19-11.4.2-MariaDB");
        assertThat(EmbeddedMariaDbOptions.serverArgs(500))
                .contains("--version=5.7.19-10.11.5-MariaDB", "--max-connections=500");
    }

    @Test
    void refusesWhatIsNotAVersion() {
        assertThatThrownBy(() -> EmbeddedMariaDbOptions.announcedVersion("mariadb-latest"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
