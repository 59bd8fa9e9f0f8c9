package io.callreview.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.awaitility.Awaitility.await;

/** Reads delivered mail back from the test SMTP server's IMAP side, as a mail client would. */
public final class Mailboxes {

    private Mailboxes() {
    }

    public record ReceivedMail(String subject, String to, String html, String text, String reference) {
    }

    public static List<ReceivedMail> read(String address) {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            // the test server creates a mailbox per recipient, with the address as login and password
            store.connect("127.0.0.1", Integer.parseInt(System.getProperty(GreenMailResource.IMAP_PORT)), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<ReceivedMail> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                String[] reference = message.getHeader("X-Callreview-Reference");
                mails.add(new ReceivedMail(message.getSubject(), message.getAllRecipients()[0].toString(),
                        part(message, "text/html"), part(message, "text/plain"), reference == null ? null : reference[0]));
            }
            inbox.close(false);
            return mails;
        } catch (AuthenticationFailedException e) {
            return List.of(); // no mail was delivered to this address yet, so it has no mailbox
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    public static List<ReceivedMail> awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> read(address).size() >= count);
        return read(address);
    }

    private static String part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
