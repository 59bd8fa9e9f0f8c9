package io.callreview.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP server (and IMAP, to read mail back) in the test JVM, started once; the mailer is pointed at it.
 * Ports live in system properties because Quarkus loads test classes in more than one class loader.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    static final String SMTP_PORT = "callreview.test.greenmail.smtp";
    static final String IMAP_PORT = "callreview.test.greenmail.imap";

    @Override
    public synchronized Map<String, String> start() {
        if (System.getProperty(SMTP_PORT) == null) {
            GreenMail greenMail = new GreenMail(new ServerSetup[] {
                    ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
            greenMail.start();
            System.setProperty(SMTP_PORT, String.valueOf(greenMail.getSmtp().getPort()));
            System.setProperty(IMAP_PORT, String.valueOf(greenMail.getImap().getPort()));
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
        }
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", System.getProperty(SMTP_PORT),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        // shared by every test of the JVM
    }
}
