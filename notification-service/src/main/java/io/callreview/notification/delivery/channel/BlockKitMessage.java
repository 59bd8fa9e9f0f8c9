package io.callreview.notification.delivery.channel;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Renders a message as Slack Block Kit JSON for an incoming webhook, within Slack's limits (50 blocks,
 * 150 characters in a header, 3000 in a text, 75 in a button). Incoming webhooks cannot receive button
 * clicks, so the answers are link buttons into the app.
 */
public final class BlockKitMessage {

    /** Nudges shown in full in one digest (at most 5 blocks each, so a digest stays within 50); the rest are summed up. */
    static final int DIGEST_ITEMS = 9;

    private BlockKitMessage() {
    }

    public static JsonObject of(OutgoingMessage message) {
        JsonArray blocks = new JsonArray();
        String fallback;
        if (message.digest()) {
            int count = message.nudges().size();
            fallback = "Your coaching digest: " + count + (count == 1 ? " nudge" : " nudges");
            blocks.add(header(fallback));
            List<NudgeContent> shown = message.nudges().subList(0, Math.min(count, DIGEST_ITEMS));
            for (NudgeContent nudge : shown) {
                blocks.add(new JsonObject().put("type", "divider"));
                blocks.add(section("*" + escape(nudge.title()) + "*\n" + escape(nudge.body())));
                addActions(blocks, nudge);
            }
            if (count > shown.size()) {
                blocks.add(context((count - shown.size()) + " more in <" + message.nudges().get(0).inboxUrl()
                        .replaceAll("/inbox/.*$", "/inbox") + "|your inbox>"));
            }
        } else {
            NudgeContent nudge = message.nudges().get(0);
            fallback = nudge.title();
            blocks.add(header((nudge.urgent() ? "\u26a1 " : "") + nudge.title()));
            blocks.add(section(escape(nudge.body())));
            addActions(blocks, nudge);
            blocks.add(context("Why you are getting this: " + escape(nudge.reason())));
        }
        return new JsonObject().put("text", truncate(fallback, 3000)).put("blocks", blocks);
    }

    private static void addActions(JsonArray blocks, NudgeContent nudge) {
        for (int q = 0; q < nudge.questions().size(); q++) {
            NudgeContent.Question question = nudge.questions().get(q);
            blocks.add(section("*" + escape(question.text()) + "*"));
            JsonArray answers = new JsonArray();
            for (int i = 0; i < question.answers().size(); i++) {
                JsonObject button = button(question.answers().get(i), (q == 0 ? "" : "q" + q + "-") + "answer-" + i);
                if (i == 0) {
                    button.put("style", "primary");
                }
                answers.add(button);
            }
            blocks.add(new JsonObject().put("type", "actions").put("elements", answers));
        }
        JsonArray links = new JsonArray();
        for (int i = 0; i < nudge.links().size(); i++) {
            links.add(button(nudge.links().get(i), "link-" + i));
        }
        links.add(button(new NudgeContent.Link("Open in the app", nudge.inboxUrl()), "open"));
        blocks.add(new JsonObject().put("type", "actions").put("elements", links));
    }

    private static JsonObject header(String text) {
        return new JsonObject().put("type", "header")
                .put("text", new JsonObject().put("type", "plain_text").put("text", truncate(text, 150)).put("emoji", true));
    }

    private static JsonObject section(String markdown) {
        return new JsonObject().put("type", "section")
                .put("text", new JsonObject().put("type", "mrkdwn").put("text", truncate(markdown, 3000)));
    }

    private static JsonObject context(String markdown) {
        return new JsonObject().put("type", "context")
                .put("elements", new JsonArray().add(new JsonObject().put("type", "mrkdwn").put("text", truncate(markdown, 3000))));
    }

    private static JsonObject button(NudgeContent.Link link, String actionId) {
        return new JsonObject().put("type", "button").put("action_id", actionId)
                .put("text", new JsonObject().put("type", "plain_text").put("text", truncate(link.label(), 75)))
                .put("url", link.url());
    }

    /** Slack's mrkdwn treats these three as control characters. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
