package io.callreview.notification.delivery.channel;

import io.callreview.notification.config.NotificationConfig;
import io.callreview.notification.domain.Channel;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Email over SMTP with the Quarkus mailer: one multipart message with an HTML and a plain-text part. */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    @Inject
    ReactiveMailer mailer;

    @Inject
    NotificationConfig config;

    @Location("email/nudge.html")
    Template html;

    @Location("email/nudge.txt")
    Template text;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutgoingMessage message) throws DeliveryFailure {
        Mail mail = render(message);
        try {
            mailer.send(mail).await().atMost(config.email().timeout());
        } catch (RuntimeException e) {
            throw classify(e);
        }
    }

    Mail render(OutgoingMessage message) {
        String subject = config.email().subjectPrefix() + ": " + (message.digest()
                ? "your digest of " + message.nudges().size() + (message.nudges().size() == 1 ? " nudge" : " nudges")
                : message.nudges().get(0).title());
        Mail mail = Mail.withHtml(message.destination(), subject, html.data("message", message).render())
                .setText(text.data("message", message).render());
        mail.addHeader("X-Callreview-Reference", message.reference());
        return mail;
    }

    private static DeliveryFailure classify(RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof SMTPException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SMTPException smtp && smtp.isPermanent()) {
            return DeliveryFailure.permanent("SMTP refused the message: " + smtp.getReplyCode() + " " + smtp.getReplyMessage(), e);
        }
        String reason = cause != null ? cause.getMessage() : e.toString();
        return DeliveryFailure.transientFailure("SMTP send failed: " + reason, e);
    }
}
