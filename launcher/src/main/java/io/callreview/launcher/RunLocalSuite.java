package io.callreview.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code deploy/local/run.sh [--demo] [--wipe] [--home DIR]}: starts the suite and keeps it running
 * until Ctrl-C, which stops every process cleanly.
 */
public final class RunLocalSuite {

    private RunLocalSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("callreview.repository", ".")).toAbsolutePath().normalize();
        Path home = repository.resolve(".local");
        boolean demo = false;
        boolean wipe = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--wipe" -> wipe = true;
                case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
                default -> {
                    System.err.println("unknown option " + args[i] + "; usage: run.sh [--demo] [--wipe] [--rebuild] [--home DIR]");
                    System.exit(2);
                }
            }
        }
        if (wipe) {
            System.out.println("Wiping " + home);
            LocalSuite.wipe(home);
        }
        System.out.println("Starting MariaDB, Kafka, the three services and the web app (logs in " + home.resolve("logs") + ") ...");
        LocalSuite suite = LocalSuite.start(LocalSuite.Options.localDefaults(repository, home));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the suite ...");
            suite.close();
            stopped.countDown();
        }, "suite-stop"));
        printBanner(suite, home);
        if (demo) {
            try {
                new DemoSeeder(suite).seed();
            } catch (Exception e) {
                System.err.println("Seeding the demo failed: " + e.getMessage());
                System.err.println("The suite keeps running; the service logs are in " + home.resolve("logs"));
            }
        }
        stopped.await();
    }

    private static void printBanner(LocalSuite suite, Path home) {
        System.out.println();
        System.out.println("The call-review suite is up. Ctrl-C stops it; data stays in " + home.resolve("data"));
        for (String name : new String[] {LocalSuite.SCORECARD, LocalSuite.COACHING, LocalSuite.NOTIFICATION}) {
            ServiceProcess service = suite.service(name);
            System.out.printf("  %-21s %s   Swagger UI: %s/q/swagger-ui   health: %s/q/health%n", name, service.baseUrl(),
                    service.baseUrl(), service.managementUrl());
        }
        ServiceProcess web = suite.service(LocalSuite.WEB);
        System.out.printf("  %-21s %s   sign in as one of: %s%n", "web app", web.baseUrl(),
                String.join(", ", DemoSeeder.SIGN_IN_USERS.stream().map(user -> user.split(":")[1]).toList()));
        System.out.println("  Kafka                 " + suite.kafka().bootstrapServers());
        System.out.println("  MariaDB (MySQL)       " + suite.database().serverUrl() + "  user root, no password");
        System.out.println();
        System.out.println("Mint a token:  deploy/local/token.sh <admin|coach|rep|integration> <user-id> [team ...]");
        System.out.println("  e.g.         export ADMIN=$(deploy/local/token.sh admin admin-1)");
        System.out.println("Webhook secrets are in " + home.resolve("secrets.properties"));
        System.out.println();
    }
}
