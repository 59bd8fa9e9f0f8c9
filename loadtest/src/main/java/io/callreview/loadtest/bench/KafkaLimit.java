package io.callreview.loadtest.bench;

import io.callreview.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's own ceiling on this machine: produce (idempotent, acks=all, the outbox relay's settings) and consume
 * rates of records as large as the suite's real {@code CallScored} events, on a scratch topic of the same broker.
 */
public final class KafkaLimit {

    public static final String SCRATCH_TOPIC = "bench.raw-limit.v1";

    public record Result(int recordBytes, int records, double produceSeconds, double consumeSeconds) {
        public double producePerSecond() {
            return records / produceSeconds;
        }

        public double consumePerSecond() {
            return records / consumeSeconds;
        }

        public double produceMiBPerSecond() {
            return producePerSecond() * recordBytes / (1024.0 * 1024.0);
        }
    }

    private KafkaLimit() {
    }

    /** The median-sized value among the first {@code sample} records of the call-scored topic: a real CallScored. */
    public static String realCallScored(String bootstrap, int sample) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CALL_SCORED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < sample && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            if (values.isEmpty()) {
                throw new IllegalStateException("no CallScored records on " + Topics.CALL_SCORED);
            }
            values.sort(Comparator.comparingInt(String::length));
            return values.get(values.size() / 2);
        }
    }

    public static Result measure(String bootstrap, String value, int records, int partitions, int keys) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (admin.listTopics().names().get().contains(SCRATCH_TOPIC)) {
                admin.deleteTopics(List.of(SCRATCH_TOPIC)).all().get();
                Thread.sleep(2_000);
            }
            admin.createTopics(List.of(new NewTopic(SCRATCH_TOPIC, partitions, (short) 1))).all().get();
        }
        try {
            int warmUp = Math.min(2_000, records / 5);
            double produceSeconds;
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
                send(producer, value, warmUp, keys);
                long start = System.nanoTime();
                send(producer, value, records, keys);
                produceSeconds = (System.nanoTime() - start) / 1e9;
            }
            int total = warmUp + records;
            double consumeSeconds;
            try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
                List<TopicPartition> assigned = new ArrayList<>();
                for (int p = 0; p < partitions; p++) {
                    assigned.add(new TopicPartition(SCRATCH_TOPIC, p));
                }
                consumer.assign(assigned);
                consumer.seekToBeginning(assigned);
                int seen = 0;
                long firstAt = 0;
                long checksum = 0;
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (seen < total && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        if (firstAt == 0) {
                            firstAt = System.nanoTime();
                        }
                        checksum += record.value().length();
                        seen++;
                    }
                }
                if (seen < total) {
                    throw new IllegalStateException("consumed only " + seen + " of " + total + " records");
                }
                consumeSeconds = (System.nanoTime() - firstAt) / 1e9;
                if (checksum == 0) {
                    throw new IllegalStateException("empty records");
                }
            }
            // the consumer read warm-up and measured records alike: its rate is over all of them
            return new Result(value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, records, produceSeconds,
                    consumeSeconds * records / total);
        } finally {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.deleteTopics(List.of(SCRATCH_TOPIC)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void send(KafkaProducer<String, String> producer, String value, int count, int keys) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            acks.add(producer.send(new ProducerRecord<>(SCRATCH_TOPIC, "rep-load-" + (i % keys), value)));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    }
}
