package io.callreview.sim;

import java.util.List;
import java.util.Locale;

/** A line chart as plain SVG: adherence per week, one line per policy. */
public final class SvgChart {

    private static final String[] COLOURS = {"#888888", "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 160;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private SvgChart() {
    }

    public static String adherence(String title, List<PolicyResult> results) {
        int weeks = results.get(0).weeks().size();
        double min = results.stream().flatMap(r -> r.weeks().stream()).mapToDouble(WeekFigures::adherence).min().orElse(0);
        double max = results.stream().flatMap(r -> r.weeks().stream()).mapToDouble(WeekFigures::adherence).max().orElse(1);
        double low = Math.max(0, Math.floor(min * 20) / 20);
        double high = Math.min(1, Math.ceil(max * 20) / 20);
        if (high <= low) {
            high = low + 0.05;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\">%s</text>%n", LEFT, escape(title)));
        for (double y = low; y <= high + 1e-9; y += 0.05) {
            double py = y(y, low, high);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e5e5e5\"/>%n",
                    LEFT, py, WIDTH - RIGHT, py));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f%%</text>%n", LEFT - 6, py + 4, y * 100));
        }
        for (int w = 1; w <= weeks; w++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x(w, weeks), HEIGHT - BOTTOM + 18, w));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">week</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12));
        for (int i = 0; i < results.size(); i++) {
            PolicyResult result = results.get(i);
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (WeekFigures week : result.weeks()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(week.week(), weeks), y(week.adherence(), low, high)));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                    colour, points.toString().trim()));
            int ly = TOP + 10 + i * 20;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    WIDTH - RIGHT + 15, ly, WIDTH - RIGHT + 35, ly, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 40, ly + 4,
                    escape(result.policy())));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(int week, int weeks) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (weeks == 1 ? 0.5 : (week - 1) / (double) (weeks - 1));
    }

    private static double y(double value, double low, double high) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - low) / (high - low));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
