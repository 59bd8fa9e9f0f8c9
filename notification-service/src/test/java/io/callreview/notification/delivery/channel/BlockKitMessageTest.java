package io.callreview.notification.delivery.channel;

import io.callreview.notification.domain.Channel;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockKitMessageTest {

    @Test
    void bigDigestStaysWithinSlacksBlockLimitAndPointsToTheRest() {
        List<NudgeContent> nudges = IntStream.range(0, 30).mapToObj(i -> nudge("n-" + i, "Nudge " + i)).toList();

        JsonObject message = BlockKitMessage.of(new OutgoingMessage(Channel.CHAT, "rep-1", "https://hooks.example.com/x",
                nudges, true, "digest-1", "https://app.example.com/settings"));

        JsonArray blocks = message.getJsonArray("blocks");
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        assertThat(message.getString("text")).isEqualTo("Your coaching digest: 30 nudges");
        assertThat(blocks.encode()).contains("*Nudge 8*").doesNotContain("*Nudge 9*");
        assertThat(blocks.getJsonObject(blocks.size() - 1).encode()).contains("21 more in <https://app.example.com/inbox|your inbox>");
    }

    @Test
    void textIsEscapedAndTruncatedToSlacksLimits() {
        String longTitle = "T".repeat(200);
        NudgeContent nudge = new NudgeContent("n-1", longTitle, "a <b> & c", "why", false, "https://app.example.com/inbox/n-1",
                List.of(new NudgeContent.Link("L".repeat(100), "https://app.example.com/x")), List.of());

        JsonObject message = BlockKitMessage.of(new OutgoingMessage(Channel.CHAT, "rep-1", "https://hooks.example.com/x",
                List.of(nudge), false, "delivery-1", "https://app.example.com/settings"));

        JsonArray blocks = message.getJsonArray("blocks");
        assertThat(blocks.getJsonObject(0).getJsonObject("text").getString("text")).hasSize(150).endsWith("\u2026");
        assertThat(blocks.getJsonObject(1).getJsonObject("text").getString("text")).isEqualTo("a &lt;b&gt; &amp; c");
        assertThat(blocks.encode()).contains("\"text\":\"" + "L".repeat(74) + "\u2026\"");
    }

    private static NudgeContent nudge(String id, String title) {
        String inbox = "https://app.example.com/inbox/" + id;
        return new NudgeContent(id, title, "body", "why", false, inbox,
                List.of(new NudgeContent.Link("Hear the moment", "https://app.example.com/calls/1")),
                List.of(new NudgeContent.Question("Did you?", "Did you?", List.of(
                        new NudgeContent.Link("Yes, I did", inbox + "?answer=YES"),
                        new NudgeContent.Link("Not yet", inbox + "?answer=NO"),
                        new NudgeContent.Link("Not sure", inbox + "?answer=NOT_SURE")))));
    }
}
