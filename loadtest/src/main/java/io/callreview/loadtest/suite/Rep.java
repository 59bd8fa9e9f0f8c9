package io.callreview.loadtest.suite;

import io.callreview.launcher.TranscriptGenerator.Skill;

/** A rep of the workload: id, the name they appear under in transcripts, team, how they sell, and their token. */
public record Rep(String id, String name, String teamId, Skill skill, String token) {
}
