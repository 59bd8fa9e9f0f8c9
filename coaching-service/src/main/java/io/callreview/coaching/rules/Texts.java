package io.callreview.coaching.rules;

/** Text cut to fit a column or a message. */
public final class Texts {

    private Texts() {
    }

    /** {@code text} itself when it fits, else its start with an ellipsis, {@code max} characters in all. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
