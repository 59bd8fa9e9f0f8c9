package io.callreview.coaching.rules;

import java.util.Locale;

/** Figures as the API and the nudges show them. */
public final class Figures {

    private Figures() {
    }

    /** Four decimals: enough for a ratio, without floating-point noise. */
    public static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** A ratio as a whole percentage: 0.8 is "80%". */
    public static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
