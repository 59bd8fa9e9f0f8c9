package io.callreview.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real single-node KRaft broker from {@code KafkaClusterTestKit}, started once per JVM. Set
 * {@code CALLREVIEW_TEST_KAFKA_BOOTSTRAP} to use an external broker instead.
 */
public final class EmbeddedKafka {

    private static final String BOOTSTRAP_PROPERTY = "callreview.test.kafka.bootstrap";

    private EmbeddedKafka() {
    }

    public static synchronized String bootstrapServers() {
        String known = System.getProperty(BOOTSTRAP_PROPERTY);
        if (known == null) {
            String external = System.getenv("CALLREVIEW_TEST_KAFKA_BOOTSTRAP");
            known = external != null && !external.isBlank() ? external : start();
            System.setProperty(BOOTSTRAP_PROPERTY, known);
        }
        return known;
    }

    private static String start() {
        // The test kit registers a JVM shutdown hook that deletes the broker's directories. Shutdown hooks run
        // concurrently, so that one could delete the logs while ours is still closing the broker; the broker then
        // sees its only log directory fail and halts the JVM with status 1, and surefire reports the fork as failed
        // although every test passed. Kafka's hooks therefore run after the broker is closed, and a broker that
        // still wants to stop the JVM says so on stderr instead.
        List<Runnable> afterClose = new CopyOnWriteArrayList<>();
        Exit.setShutdownHookAdder((name, hook) -> afterClose.add(hook));
        Exit.setHaltProcedure((status, message) -> System.err.println(
                "embedded Kafka asked to halt the JVM (status " + status + "): " + message));
        Exit.setExitProcedure((status, message) -> System.err.println(
                "embedded Kafka asked to exit the JVM (status " + status + "): " + message));
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            // Without the replication settings for one broker, consumer groups and transactions never form.
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "4")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                } finally {
                    afterClose.forEach(Runnable::run);
                }
            }, "kafka-stop"));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded Kafka", e);
        }
    }
}
