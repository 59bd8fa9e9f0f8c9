package io.callreview.notification.delivery.channel;

import io.callreview.events.NudgeRequested;
import io.callreview.events.RepResponse;
import io.callreview.notification.domain.Nudge;
import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A nudge as email and chat show it: the body (which coaching-service writes strength first, then the one focus),
 * the links the rep can act on, and why it arrived. Answer links open the nudge in the app, which records the answer.
 */
@TemplateData
public record NudgeContent(
        String nudgeId,
        String title,
        String body,
        String reason,
        boolean urgent,
        String inboxUrl,
        List<Link> links,
        List<Question> questions) {

    public NudgeContent {
        links = List.copyOf(links);
        questions = List.copyOf(questions);
    }

    @TemplateData
    public record Link(String label, String url) {
    }

    /** A question (self-assessment, reflection or quiz) with one link per answer. */
    @TemplateData
    public record Question(String text, String label, List<Link> answers) {
    }

    public static NudgeContent of(Nudge nudge, String appUrl) {
        String base = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
        String inboxUrl = base + "/inbox/" + encode(nudge.nudgeId);
        List<Link> links = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (NudgeRequested.Action action : nudge.actions) {
            String text = action.question() == null ? action.label() : action.question();
            switch (action.type()) {
                case OPEN_CALL_MOMENT, OPEN_LINK -> safeUrl(action.url()).ifPresent(url -> links.add(new Link(action.label(), url)));
                case ACKNOWLEDGE -> links.add(new Link(action.label(), inboxUrl + "?respond=ACKNOWLEDGED"));
                case SELF_ASSESSMENT -> questions.add(new Question(text, action.label(),
                        Arrays.stream(RepResponse.SelfAssessment.values())
                                .map(answer -> new Link(answerLabel(answer), inboxUrl + "?respond=SELF_ASSESSMENT&answer=" + answer))
                                .toList()));
                case REFLECTION -> questions.add(new Question(text, action.label(), choices(action, inboxUrl + "?respond=REFLECTION",
                        new Link("Answer in your own words", inboxUrl + "?respond=REFLECTION"))));
                case QUIZ -> questions.add(new Question(text, action.label(), choices(action, inboxUrl + "?respond=QUIZ_ANSWER")));
            }
        }
        return new NudgeContent(nudge.nudgeId, nudge.title, nudge.body, nudge.reason, nudge.urgent, inboxUrl, links, questions);
    }

    /** One link per choice of a reflection or quiz, then {@code more}. */
    private static List<Link> choices(NudgeRequested.Action action, String answerUrl, Link... more) {
        List<Link> answers = new ArrayList<>();
        action.choices().forEach(choice -> answers.add(new Link(choice, answerUrl + "&choice=" + encode(choice))));
        answers.addAll(List.of(more));
        return answers;
    }

    /** The body split into paragraphs at blank lines. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String answerLabel(RepResponse.SelfAssessment answer) {
        return switch (answer) {
            case YES -> "Yes, I did";
            case NO -> "Not yet";
            case NOT_SURE -> "Not sure";
        };
    }

    /** Only web links: anything else (javascript:, data:) from an event never reaches a rep's mail or chat. */
    private static Optional<String> safeUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? Optional.of(url.trim()) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
