package io.callreview.scorecard.roster;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a mistyped id of a team or a rep from a new one: "Team-A", "team_a", "tema-a" and "teamm-a" are all near misses
 * of "team-a", while "team-b" is a team of its own (ids often differ by one letter or digit, so a different character
 * never counts as a slip; a different case or separator, two neighbouring letters of a word swapped, or one letter too
 * many or too few do). Swapped digits are no slip: "rep-012" and "rep-021" are two reps, as are initials "jd" and "dj".
 * A rep's id is often a name, and names one letter apart are different people ("dan-lee" and "dana-lee", "jon.smith"
 * and "john.smith"): for reps only a different case or separator and swapped letters count.
 */
final class IdSlips {

    private static final int SHORTEST_FOR_A_MISSING_LETTER = 4;
    private static final int SHORTEST_WORD_FOR_A_SWAP = 4;

    private IdSlips() {
    }

    /** The known team {@code candidate} looks like a slip of, if any; never {@code candidate} itself. */
    static Optional<String> nearMiss(String candidate, Collection<String> known) {
        return known.stream().filter(team -> !team.equals(candidate) && slipOf(candidate, team)).sorted().findFirst();
    }

    /** The known rep {@code candidate} looks like a slip of, if any: only case, separators or swapped letters. */
    static Optional<String> nearMissOfRep(String candidate, Collection<String> known) {
        String typed = normalised(candidate);
        return known.stream().filter(rep -> !rep.equals(candidate) && sameLetters(typed, normalised(rep))).sorted().findFirst();
    }

    static boolean slipOf(String typed, String team) {
        String a = normalised(typed);
        String b = normalised(team);
        return sameLetters(a, b) || oneLetterApart(a, b) || oneLetterApart(b, a);
    }

    /** Two normalised ids alike but for two neighbouring letters swapped, if that. */
    private static boolean sameLetters(String a, String b) {
        return a.equals(b) || swappedNeighbours(a, b);
    }

    private static String normalised(String team) {
        return team.toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]+", "-");
    }

    private static boolean swappedNeighbours(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = firstDifference(a, b);
        return first < a.length() - 1 && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2)) && insideAWord(a, first);
    }

    /** Whether the letters at {@code at} and {@code at + 1} belong to a word of letters long enough to mistype. */
    private static boolean insideAWord(String id, int at) {
        if (!Character.isLetter(id.charAt(at)) || !Character.isLetter(id.charAt(at + 1))) {
            return false;
        }
        int start = at;
        while (start > 0 && Character.isLetter(id.charAt(start - 1))) {
            start--;
        }
        int end = at + 2;
        while (end < id.length() && Character.isLetter(id.charAt(end))) {
            end++;
        }
        return end - start >= SHORTEST_WORD_FOR_A_SWAP;
    }

    /** Whether {@code longer} is {@code shorter} with one letter (not a digit or separator) added. */
    private static boolean oneLetterApart(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1 || shorter.length() < SHORTEST_FOR_A_MISSING_LETTER) {
            return false;
        }
        int at = firstDifference(longer, shorter);
        return Character.isLetter(longer.charAt(at)) && longer.substring(at + 1).equals(shorter.substring(at));
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
