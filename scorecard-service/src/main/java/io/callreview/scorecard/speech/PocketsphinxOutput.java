package io.callreview.scorecard.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code pocketsphinx_continuous -time yes} prints: per utterance a line of text, then one line per word
 * ({@code word start end confidence}, seconds) from {@code <s>} to {@code </s>}. Each utterance becomes one stretch of
 * speech, with the mean of its words' posterior probabilities as its confidence; fillers ({@code <sil>},
 * {@code [NOISE]}, {@code ++…++}) are dropped and alternative pronunciations ({@code the(2)}) read as their word.
 */
final class PocketsphinxOutput {

    private static final Pattern WORD = Pattern.compile("^(\\S+) (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?) (-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?)$");
    private static final Pattern VARIANT = Pattern.compile("\\(\\d+\\)$");

    private PocketsphinxOutput() {
    }

    static List<SpokenText> parse(String stdout) {
        List<SpokenText> spoken = new ArrayList<>();
        List<String> words = new ArrayList<>();
        double posteriors = 0;
        long start = -1;
        long end = -1;
        for (String line : stdout.split("\\R")) {
            Matcher word = WORD.matcher(line.strip());
            if (!word.matches()) {
                continue;
            }
            String token = word.group(1);
            if (token.equals("</s>")) {
                flush(spoken, words, posteriors, start, end);
                words.clear();
                posteriors = 0;
                start = -1;
                continue;
            }
            if (token.startsWith("<") || token.startsWith("[") || token.startsWith("++")) {
                continue;
            }
            long from = millis(word.group(2));
            if (start < 0) {
                start = from;
            }
            end = millis(word.group(3));
            words.add(VARIANT.matcher(token).replaceFirst(""));
            posteriors += Math.min(1, Double.parseDouble(word.group(4)));
        }
        flush(spoken, words, posteriors, start, end);
        return spoken;
    }

    private static void flush(List<SpokenText> spoken, List<String> words, double posteriors, long start, long end) {
        if (!words.isEmpty()) {
            spoken.add(new SpokenText(start, end, String.join(" ", words), null, posteriors / words.size()));
        }
    }

    private static long millis(String seconds) {
        return Math.round(Double.parseDouble(seconds) * 1000);
    }
}
