package io.callreview.scorecard.call.webhook;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Twilio's request-validation example: auth token 12345, its URL and parameters, its published signature. */
class TwilioSignatureTest {

    @Test
    void signsAsTwilioDoes() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("To", "+18005551212");
        form.add("CallSid", "CA1234567890ABCDE");
        form.add("From", "+12349013030");
        form.add("Caller", "+12349013030");
        form.add("Digits", "1234");

        String text = TwilioCalls.signedText("https://mycompany.com/myapp.php?foo=1&bar=2", form);

        assertThat(text).isEqualTo("https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+12349013030"
                + "Digits1234From+12349013030To+18005551212");
        assertThat(Base64.getEncoder().encodeToString(WebhookSignatures.hmacSha1("12345", text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    void theRecordingEndIsTheFreshnessOfACallbackAndAbsentWhenItCannotBeRead() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        assertThat(TwilioCalls.endedAt(form)).isNull();
        form.add("RecordingStartTime", "Mon, 02 Mar 2026 15:00:00 +0000");
        form.add("RecordingDuration", "65");
        assertThat(TwilioCalls.endedAt(form)).isEqualTo(String.valueOf(1772463600L + 65));
        form.putSingle("RecordingStartTime", "yesterday");
        assertThat(TwilioCalls.endedAt(form)).isNull();
    }
}
