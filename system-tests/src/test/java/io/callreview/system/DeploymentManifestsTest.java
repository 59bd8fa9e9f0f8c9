package io.callreview.system;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.events.EventContract;
import io.callreview.events.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests cannot be applied here (no Docker, no Kubernetes), so this checks that they fit the
 * services: every environment variable a service reads is set, images match the modules, probes hit
 * real health paths, and the declared topics are exactly those of the event contract.
 */
class DeploymentManifestsTest {

    private static final Path K8S_BASE = Repository.resolve("deploy/k8s/base");
    private static final Path K8S_PRODUCTION = Repository.resolve("deploy/k8s/overlays/production");
    private static final Path COMPOSE = Repository.resolve("deploy/compose/compose.yaml");
    private static final Map<String, String> PROBE_PATHS = Map.of(
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready",
            "startupProbe", "/q/health/started");

    private static final Map<String, JsonNode> base = new HashMap<>();

    static Stream<String> services() {
        return Repository.SERVICES.stream();
    }

    @BeforeAll
    static void loadBase() {
        JsonNode kustomization = Yaml.single(K8S_BASE.resolve("kustomization.yaml"));
        for (JsonNode resource : kustomization.get("resources")) {
            Path file = K8S_BASE.resolve(resource.asText());
            assertThat(file).as("resource listed in the base kustomization").exists();
            for (JsonNode document : Yaml.documents(file)) {
                base.put(document.get("kind").asText() + "/" + document.at("/metadata/name").asText(), document);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesDeploymentSetsEveryVariableTheServiceReads(String service) {
        JsonNode container = container(service);
        Set<String> provided = new TreeSet<>();
        container.path("env").forEach(env -> provided.add(env.get("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                provided.addAll(keys(resource("ConfigMap", source.at("/configMapRef/name").asText()).path("data")));
            }
            if (source.has("secretRef")) {
                JsonNode secret = resource("Secret", source.at("/secretRef/name").asText());
                provided.addAll(keys(secret.path("stringData")));
                provided.addAll(keys(secret.path("data")));
            }
        }
        assertThat(provided).containsAll(ServiceEnvironment.variablesOf(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesImageMatchesTheModule(String service) {
        assertThat(container(service).get("image").asText()).isEqualTo("callreview/" + service);
        Set<String> imageNames = new HashSet<>();
        Yaml.single(K8S_BASE.resolve("kustomization.yaml")).get("images").forEach(i -> imageNames.add(i.get("name").asText()));
        assertThat(imageNames).contains("callreview/" + service);
        assertThat(Repository.resolve(service + "/pom.xml")).exists();
    }

    @ParameterizedTest
    @MethodSource("services")
    void probesHitTheHealthEndpointsOnANamedPort(String service) {
        JsonNode container = container(service);
        Set<String> portNames = new HashSet<>();
        container.get("ports").forEach(port -> portNames.add(port.get("name").asText()));
        PROBE_PATHS.forEach((probe, path) -> {
            assertThat(container.at("/" + probe + "/httpGet/path").asText()).as(service + " " + probe).isEqualTo(path);
            assertThat(portNames).contains(container.at("/" + probe + "/httpGet/port").asText());
        });
        assertThat(healthRootPath()).isEqualTo("/q/health");
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceAndAutoscalerPointAtTheDeployment(String service) {
        JsonNode deployment = resource("Deployment", service);
        JsonNode kubeService = resource("Service", service);
        kubeService.at("/spec/selector").fields().forEachRemaining(label ->
                assertThat(deployment.at("/spec/template/metadata/labels").path(label.getKey()).asText()).isEqualTo(label.getValue().asText()));
        assertThat(kubeService.at("/spec/ports/0/targetPort").asText()).isEqualTo(container(service).at("/ports/0/name").asText());

        JsonNode autoscaler = resource("HorizontalPodAutoscaler", service);
        assertThat(autoscaler.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
        assertThat(autoscaler.at("/spec/maxReplicas").asInt()).isGreaterThanOrEqualTo(autoscaler.at("/spec/minReplicas").asInt());
        assertThat(autoscaler.at("/spec/maxReplicas").asInt())
                .as("more consumers than partitions would sit idle").isLessThanOrEqualTo(smallestEventPartitionCount());
    }

    @Test
    void kafkaTopicsAreExactlyThoseOfTheEventContract() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        base.values().stream().filter(r -> r.get("kind").asText().equals("KafkaTopic"))
                .forEach(topic -> declared.add(topic.at("/spec/topicName").asText()));
        assertThat(declared).isEqualTo(contractTopics());
    }

    @Test
    void productionOverlayFitsTheBase() throws IOException {
        JsonNode overlay = Yaml.single(K8S_PRODUCTION.resolve("kustomization.yaml"));
        overlay.get("resources").forEach(r -> assertThat(K8S_PRODUCTION.resolve(r.asText())).exists());
        overlay.get("patches").forEach(p -> assertThat(K8S_PRODUCTION.resolve(p.get("path").asText())).exists());
        overlay.get("configMapGenerator").forEach(generator ->
                assertThat(base).containsKey("ConfigMap/" + generator.get("name").asText()));
        JsonNode secretGenerator = overlay.get("secretGenerator").get(0);
        JsonNode secret = resource("Secret", secretGenerator.get("name").asText());
        Properties example = new Properties();
        try (var reader = Files.newBufferedReader(K8S_PRODUCTION.resolve("secrets.env.example"))) {
            example.load(reader);
        }
        assertThat(example.stringPropertyNames()).isEqualTo(keys(secret.get("stringData")));
        int maxReplicas = Yaml.documents(K8S_PRODUCTION.resolve("scale.yaml")).get(0).findValues("value").stream()
                .mapToInt(JsonNode::asInt).max().orElseThrow();
        assertThat(maxReplicas).isLessThanOrEqualTo(smallestEventPartitionCount());
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeRunsEachModuleWithEveryVariableItReads(String service) {
        JsonNode composeService = Yaml.single(COMPOSE).at("/services/" + service);
        assertThat(composeService.isMissingNode()).as(service + " in compose").isFalse();
        assertThat(composeService.get("image").asText()).startsWith("callreview/" + service + ":");
        assertThat(composeService.at("/build/args/SERVICE").asText()).isEqualTo(service);
        assertThat(Repository.root().resolve("deploy/compose").resolve(composeService.at("/build/context").asText())
                .resolve(composeService.at("/build/dockerfile").asText()).normalize()).exists();
        assertThat(keys(composeService.get("environment"))).containsAll(
                ServiceEnvironment.variablesOf(service).stream().filter(v -> !v.equals("PORT")).toList());
    }

    @Test
    void composeDeclaresEveryTopicAndDocumentsEverySecret() throws IllegalAccessException, IOException {
        JsonNode compose = Yaml.single(COMPOSE);
        String topicCommand = compose.at("/services/kafka-topics/command").toString();
        contractTopics().forEach(topic -> assertThat(topicCommand).contains(topic));

        Set<String> required = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(Files.readString(COMPOSE));
        while (matcher.find()) {
            required.add(matcher.group(1));
        }
        Properties example = new Properties();
        try (var reader = Files.newBufferedReader(COMPOSE.resolveSibling(".env.example"))) {
            example.load(reader);
        }
        assertThat(example.stringPropertyNames()).containsAll(required);
    }

    private static Set<String> contractTopics() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        EventContract.ALL.forEach(contract -> topics.add(contract.topic()));
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    private static int smallestEventPartitionCount() {
        List<Integer> partitions = new ArrayList<>();
        base.values().stream()
                .filter(r -> r.get("kind").asText().equals("KafkaTopic"))
                .filter(r -> !r.at("/spec/topicName").asText().contains("dead-letter"))
                .forEach(r -> partitions.add(r.at("/spec/partitions").asInt()));
        return partitions.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    private static String healthRootPath() {
        String configured = null;
        for (Path config : List.of(Repository.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            try (var reader = Files.newBufferedReader(config)) {
                Properties properties = new Properties();
                properties.load(reader);
                configured = properties.getProperty("quarkus.smallrye-health.root-path");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return configured == null ? "/q/health" : configured;
    }

    private static JsonNode container(String service) {
        return resource("Deployment", service).at("/spec/template/spec/containers/0");
    }

    private static JsonNode resource(String kind, String name) {
        JsonNode resource = base.get(kind + "/" + name);
        assertThat(resource).as(kind + " " + name + " in the base manifests").isNotNull();
        return resource;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        if (object != null) {
            object.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }
}
