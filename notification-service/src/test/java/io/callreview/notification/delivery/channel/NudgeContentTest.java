package io.callreview.notification.delivery.channel;

import io.callreview.events.NudgeRequested.Action;
import io.callreview.events.NudgeRequested.ActionType;
import io.callreview.notification.domain.Nudge;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Email and chat carry every question of a nudge, each answer as a link the app records. */
class NudgeContentTest {

    @Test
    void reflectionsAndQuizzesBecomeQuestionsWithOneLinkPerChoice() {
        Nudge nudge = new Nudge();
        nudge.nudgeId = "n-1";
        nudge.title = "Feedback";
        nudge.body = "Well done.";
        nudge.reason = "why";
        nudge.actions = List.of(
                new Action(ActionType.REFLECTION, "What made it work?", null, "What made it work?", List.of("Ask early", "Not sure")),
                new Action(ActionType.SELF_ASSESSMENT, "Did you?", null, "Did you ask?"),
                new Action(ActionType.QUIZ, "Quiz", null, "Which closes?", List.of("A date & a time")));

        NudgeContent content = NudgeContent.of(nudge, "https://app.test/");

        assertThat(content.questions()).extracting(NudgeContent.Question::text)
                .containsExactly("What made it work?", "Did you ask?", "Which closes?");
        assertThat(content.questions().get(0).answers()).extracting(NudgeContent.Link::url).containsExactly(
                "https://app.test/inbox/n-1?respond=REFLECTION&choice=Ask+early",
                "https://app.test/inbox/n-1?respond=REFLECTION&choice=Not+sure",
                "https://app.test/inbox/n-1?respond=REFLECTION");
        assertThat(content.questions().get(1).answers()).hasSize(3);
        assertThat(content.questions().get(2).answers()).extracting(NudgeContent.Link::url)
                .containsExactly("https://app.test/inbox/n-1?respond=QUIZ_ANSWER&choice=A+date+%26+a+time");
    }
}
