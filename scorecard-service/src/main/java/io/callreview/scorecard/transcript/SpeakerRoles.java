package io.callreview.scorecard.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives each transcript speaker the role of the participant of the same name. Names compare without case, with runs
 * of whitespace collapsed, without a parenthesised note and with an email address read as a name; a speaker named by
 * first name only ("Jane" for "Jane Doe") matches when
 * exactly one participant fits. Anyone else gets the role for unlisted speakers: {@link Role#UNKNOWN}, unless the
 * source knows better (a Zoom recording lists only the host, the rep: everyone else is taken as the prospect).
 */
public final class SpeakerRoles {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[._+-]+");

    private final Map<String, Role> exact = new HashMap<>();
    private final List<Map.Entry<String, Role>> participants = new ArrayList<>();
    private final Map<String, Role> resolved = new HashMap<>();
    private final Role unlisted;

    public SpeakerRoles(List<Participant> list) {
        this(list, Role.UNKNOWN);
    }

    public SpeakerRoles(List<Participant> list, Role unlisted) {
        this.unlisted = unlisted;
        for (Participant participant : list) {
            String name = normalise(participant.name());
            if (!name.isEmpty()) {
                exact.putIfAbsent(name, participant.role());
                participants.add(Map.entry(name, participant.role()));
            }
        }
    }

    public Role roleOf(String speaker) {
        return resolved.computeIfAbsent(normalise(speaker), this::resolve);
    }

    public List<Segment> assign(List<Segment> segments) {
        return segments.stream().map(s -> s.withRole(roleOf(s.speaker()))).toList();
    }

    private Role resolve(String speaker) {
        Role role = exact.get(speaker);
        if (role != null) {
            return role;
        }
        if (speaker.isEmpty() || speaker.equals(normalise(Transcript.UNKNOWN_SPEAKER))) {
            return Role.UNKNOWN;
        }
        Role partial = null;
        int matches = 0;
        for (Map.Entry<String, Role> participant : participants) {
            String name = participant.getKey();
            if (name.startsWith(speaker + " ") || speaker.startsWith(name + " ")) {
                partial = participant.getValue();
                matches++;
            }
        }
        return matches == 1 ? partial : unlisted;
    }

    /**
     * The name as compared: without case and runs of whitespace, without what meeting tools add in parentheses ("Omar
     * Haddad (Stackline)", "Dana (guest)"), and an email address as the name in front of its @ ("dana.whitfield@acme.com"
     * is "dana whitfield").
     */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = PARENTHESES.matcher(name).replaceAll(" ").strip();
        int at = plain.indexOf('@');
        if (at > 0 && plain.indexOf(' ') < 0) {
            plain = NAME_SEPARATORS.matcher(plain.substring(0, at)).replaceAll(" ");
        }
        return SPACES.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
