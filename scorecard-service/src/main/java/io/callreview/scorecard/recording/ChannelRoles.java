package io.callreview.scorecard.recording;

import io.callreview.scorecard.transcript.Role;
import java.util.ArrayList;
import java.util.List;

/** Which party speaks on which channel of a source's dual-channel recordings: {@code rep,prospect} names channel 0, 1. */
public record ChannelRoles(List<Role> roles) {

    public ChannelRoles {
        roles = List.copyOf(roles);
    }

    public static ChannelRoles parse(String mapping) {
        List<Role> roles = new ArrayList<>();
        for (String name : mapping.split(",")) {
            Role role = Role.parse(name);
            if (role == Role.UNKNOWN) {
                throw new IllegalArgumentException("channel roles are rep, prospect or other, not '" + name.strip() + "'");
            }
            roles.add(role);
        }
        return new ChannelRoles(roles);
    }

    /** The role of channel {@code channel}, or OTHER for a channel the mapping does not name. */
    public Role of(int channel) {
        return channel < roles.size() ? roles.get(channel) : Role.OTHER;
    }

    static ChannelRoles forSource(RecordingConfig config, String source) {
        return parse(config.sourceChannelRoles().getOrDefault(source, config.channelRoles()));
    }
}
