package io.callreview.launcher;

import io.callreview.launcher.TranscriptGenerator.Segment;
import io.callreview.launcher.TranscriptGenerator.Skill;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptGeneratorTest {

    private static final Skill EVERYTHING = new Skill(Map.of("pain-recap", 1.0, "tailored-walkthrough", 1.0,
            "understanding-check", 1.0, "next-steps", 1.0));
    private static final Skill NOTHING = new Skill(Map.of("pain-recap", 0.0, "tailored-walkthrough", 0.0,
            "understanding-check", 0.0, "next-steps", 0.0));

    @Test
    void aDemoByARepWhoDoesItAllRecapsThePainsFirstTiesTheProductToThemChecksAndClosesWithANextStep() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Segment> call = new TranscriptGenerator(seed).demo("Maya", "Paul", 30, EVERYTHING);
            List<Segment> rep = call.stream().filter(s -> s.speaker().equals("Maya")).toList();

            assertThat(rep.get(1).text()).as("the rep's second turn").containsAnyOf("recap", "last time");
            assertThat(rep.get(1).startMs()).isLessThan(10 * 60_000);
            assertThat(rep).filteredOn(s -> s.text().contains("your")).filteredOn(s -> s.text().contains("this"))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(rep).filteredOn(s -> s.text().endsWith("?") && s.startMs() > 4 * 60_000).hasSizeGreaterThanOrEqualTo(2);
            assertThat(rep).filteredOn(s -> s.startMs() >= 0.8 * 30 * 60_000)
                    .anySatisfy(s -> assertThat(s.text()).containsAnyOf("next step", "mutual plan"));
            assertThat(call).noneMatch(s -> s.text().contains("single sign-on") || s.text().contains("mobile app"));
        }
    }

    @Test
    void aDemoByARepWhoDoesNoneOfItIsAFeatureTourWithoutRecapOrNextStep() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Segment> call = new TranscriptGenerator(seed).demo("Maya", "Paul", 30, NOTHING);
            List<Segment> rep = call.stream().filter(s -> s.speaker().equals("Maya")).toList();

            assertThat(call).noneMatch(s -> s.text().contains("recap") || s.text().contains("next step")
                    || s.text().contains("mutual plan") || s.text().contains("for your forty reps"));
            assertThat(rep).anyMatch(s -> s.text().contains("single sign-on") || s.text().contains("mobile app"));
            assertThat(rep).filteredOn(s -> s.text().endsWith("?") && s.text().length() < 70 && !s.text().contains(","))
                    .hasSizeLessThan(2);
        }
    }

    @Test
    void turnsFollowEachOtherInsideTheCall() {
        List<Segment> call = new TranscriptGenerator(3).demo("Maya", "Paul", 12, Skill.uneven());

        for (int i = 1; i < call.size(); i++) {
            assertThat(call.get(i).startMs()).isGreaterThan(call.get(i - 1).endMs());
            assertThat(call.get(i).speaker()).isNotEqualTo(call.get(i - 1).speaker());
        }
        assertThat(call.get(call.size() - 1).endMs()).isLessThanOrEqualTo(12 * 60_000);
    }
}
