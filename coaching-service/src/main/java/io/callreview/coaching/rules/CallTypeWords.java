package io.callreview.coaching.rules;

import java.util.Locale;

/** A call type's key as words in a sentence: "discovery" makes "discovery call", "cold-call" makes "cold call". */
public final class CallTypeWords {

    private CallTypeWords() {
    }

    public static String call(String callType) {
        String words = callType.replaceAll("[-_]+", " ").strip();
        return words.toLowerCase(Locale.ROOT).matches("(.* )?calls?") ? words.replaceFirst("(?i)calls$", "call") : words + " call";
    }

    public static String calls(String callType) {
        return call(callType) + "s";
    }
}
