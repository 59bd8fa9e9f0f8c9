package io.callreview.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

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
                }
            }, "kafka-stop"));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded Kafka", e);
        }
    }
}
