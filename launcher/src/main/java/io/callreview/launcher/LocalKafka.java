package io.callreview.launcher;

import io.callreview.events.EventContract;
import io.callreview.events.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker in KRaft mode, run as its own JVM from the {@code kafka.Kafka} main
 * class, with its storage formatted on first start and kept under the data folder.
 */
public final class LocalKafka extends ChildProcess {

    /** Partitions per topic: room for several consumer instances per service. */
    public static final int PARTITIONS = 6;

    private final int port;

    private LocalKafka(List<String> command, Path log, int port) {
        super("kafka", command, Map.of(), log);
        this.port = port;
    }

    public static LocalKafka create(Path home, Path logs, int port, int controllerPort) throws Exception {
        Path dataDir = home.resolve("kafka");
        Files.createDirectories(dataDir);
        Path config = home.resolve("kafka-server.properties");
        Files.writeString(config, serverProperties(dataDir, port, controllerPort));
        String classpath = System.getProperty("java.class.path");
        List<String> jvm = List.of("-Xmx512m", "-cp", classpath);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(config, jvm, logs.resolve("kafka-format.log"));
        }
        return new LocalKafka(ChildProcess.java(jvm, List.of("kafka.Kafka", config.toString())), logs.resolve("kafka.log"), port);
    }

    private static void format(Path config, List<String> jvm, Path log) throws Exception {
        List<String> args = List.of("kafka.tools.StorageTool", "format", "--standalone",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString());
        ChildProcess formatter = new ChildProcess("kafka-format", ChildProcess.java(jvm, args), Map.of(), log);
        formatter.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (formatter.isAlive() && System.nanoTime() < deadline) {
            Ports.sleep(200);
        }
        if (formatter.isAlive()) {
            formatter.kill();
            throw new IllegalStateException("formatting Kafka storage timed out; see " + log);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public LocalKafka startAndAwait() throws Exception {
        start();
        Ports.awaitOpen(port, Duration.ofMinutes(2), "Kafka");
        createTopics();
        return this;
    }

    /** Declares every topic of the event contract up front, with the partition count consumers scale to. */
    private void createTopics() throws InterruptedException, ExecutionException {
        List<String> names = new ArrayList<>(EventContract.ALL.stream().map(EventContract::topic).toList());
        names.add(Topics.SCORECARD_DEAD_LETTER);
        names.add(Topics.COACHING_DEAD_LETTER);
        names.add(Topics.NOTIFICATION_DEAD_LETTER);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }

    private static String serverProperties(Path dataDir, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=" + PARTITIONS,
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.retention.hours=168",
                "");
    }
}
