package io.callreview.scorecard.speech;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PocketsphinxOutputTest {

    @Test
    void everyUtteranceIsOneStretchOfSpeechWithoutFillersAndWithPlainWords() {
        String stdout = """
                what budget
                <s> 0.000 0.250 0.999400
                what 0.260 0.380 0.001835
                <sil> 0.390 0.500 0.974137
                budget(2) 0.510 0.760 0.008606
                [NOISE] 0.770 0.900 0.720768
                </s> 0.910 1.150 1.000000
                <s> 3.000 3.100 1.000000
                </s> 3.100 3.200 1.000000
                fifty thousand
                <s> 4.000 4.050 0.999400
                fifty 4.060 4.400 0.5
                ++UH++ 4.400 4.500 0.5
                thousand 4.510 5.020 1.2e-05
                </s> 5.100 5.300 1.000000
                """;

        assertThat(PocketsphinxOutput.parse(stdout)).containsExactly(
                new SpokenText(260, 760, "what budget", null, (0.001835 + 0.008606) / 2),
                new SpokenText(4060, 5020, "fifty thousand", null, (0.5 + 1.2e-05) / 2));
    }

    @Test
    void noWordsIsNoSpeech() {
        assertThat(PocketsphinxOutput.parse("INFO: nothing\n")).isEqualTo(List.of());
    }
}
