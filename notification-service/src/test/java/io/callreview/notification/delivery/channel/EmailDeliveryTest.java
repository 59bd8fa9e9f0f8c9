package io.callreview.notification.delivery.channel;

import io.callreview.events.EventCodec;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.Mailboxes.ReceivedMail;
import io.callreview.notification.Mailboxes;
import io.callreview.notification.NudgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.Deliveries.awaitStatus;
import static io.callreview.notification.Deliveries.setPreferences;
import static io.callreview.notification.NudgeFixtures.newRep;
import static io.callreview.notification.NudgeFixtures.nudge;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class EmailDeliveryTest {

    @Inject
    EventCodec codec;

    @Test
    void nudgeIsMailedWithHtmlAndTextPartsOverRealSmtp() {
        String rep = newRep();
        String address = rep + "@example.com";
        setPreferences(rep, Map.of("channels", Map.of("email", true), "emailAddress", address, "quietHours", ""));
        NudgeRequested requested = nudge(rep)
                .title("Great discovery call with Acme")
                .body("You uncovered the budget early - well done.\n\nOne focus for next time: agree on next steps <before> you hang up.")
                .build();

        NudgeFixtures.publish(codec, requested);

        Map<String, Object> delivery = awaitStatus(requested.nudgeId(), "EMAIL", "SENT");
        assertThat(delivery.get("destination")).isEqualTo(address);
        assertThat(delivery.get("attempts")).isEqualTo(1);
        List<ReceivedMail> mails = Mailboxes.awaitMail(address, 1);
        assertThat(mails).hasSize(1);
        ReceivedMail mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("Coaching: Great discovery call with Acme");
        assertThat(mail.reference()).isEqualTo("delivery-" + delivery.get("id"));

        assertThat(mail.html()).contains("<h2", "Great discovery call with Acme", "You uncovered the budget early - well done.",
                "agree on next steps &lt;before&gt; you hang up", "Did you agree on next steps on your last call?",
                "https://app.callreview.test/inbox/" + requested.nudgeId() + "?respond=SELF_ASSESSMENT&amp;answer=YES",
                "https://app.callreview.test/calls/call-1?t=754000", "Why you are getting this: Next steps were missed");
        // strength first, then the one focus, then the actions
        assertThat(mail.html().indexOf("uncovered the budget")).isLessThan(mail.html().indexOf("One focus"));
        assertThat(mail.html().indexOf("One focus")).isLessThan(mail.html().indexOf("Hear the moment"));

        assertThat(mail.text()).contains("Great discovery call with Acme", "One focus for next time: agree on next steps <before>",
                "Yes, I did: https://app.callreview.test/inbox/" + requested.nudgeId() + "?respond=SELF_ASSESSMENT&answer=YES",
                "Hear the moment: https://app.callreview.test/calls/call-1?t=754000", "Got it: ")
                .doesNotContain("<p");
    }

    @Test
    void duplicateRequestIsMailedOnce() {
        String rep = newRep();
        String address = rep + "@example.com";
        setPreferences(rep, Map.of("channels", Map.of("email", true), "emailAddress", address, "quietHours", ""));
        NudgeRequested first = nudge(rep).dedupeKey("feedback:call-9").build();
        NudgeFixtures.publish(codec, NudgeFixtures.envelope(first));
        NudgeFixtures.publish(codec, NudgeFixtures.envelope(first));
        NudgeFixtures.publish(codec, nudge(rep).dedupeKey("feedback:call-9").build());
        NudgeRequested marker = nudge(rep).title("The marker").build();
        NudgeFixtures.publish(codec, marker);

        awaitStatus(marker.nudgeId(), "EMAIL", "SENT");
        awaitStatus(first.nudgeId(), "EMAIL", "SENT");
        List<ReceivedMail> mails = Mailboxes.read(address);
        assertThat(mails).extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder("Coaching: " + first.title(), "Coaching: The marker");
    }
}
