package org.pressstats.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** deploy/kubernetes and the Dockerfile agree with each other and with the service; no cluster needed. */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("deploy/kubernetes");

    /** Every document of every *.yaml file, with the file it came from. */
    private record Manifest(String file, JsonNode doc) {}

    private static List<Manifest> manifests;

    @BeforeAll
    static void parseEveryManifest() throws IOException {
        manifests = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode doc : yaml.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll()) {
                    manifests.add(new Manifest(file.getFileName().toString(), doc));
                }
            }
        }
        assertFalse(manifests.isEmpty(), "no manifests under " + MANIFESTS);
    }

    @Test
    void everyManifestHasApiVersionKindAndName() {
        for (Manifest m : manifests) {
            for (String field : List.of("/apiVersion", "/kind", "/metadata/name")) {
                assertFalse(m.doc().at(field).asText().isBlank(), m.file() + " has no " + field);
            }
        }
    }

    @Test
    void kustomizationListsEveryManifestButTheExampleSecret() throws IOException {
        Set<String> listed = texts(only("Kustomization").path("resources"));
        Set<String> expected;
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            expected = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml") && !f.endsWith(".example.yaml"))
                    .collect(Collectors.toSet());
        }
        assertEquals(expected, listed);
    }

    @Test
    void deploymentRunsTwoReplicas() {
        assertEquals(2, only("Deployment").at("/spec/replicas").asInt());
    }

    @Test
    void probesAskTheThreeHealthEndpointsOnTheHttpPort() {
        JsonNode container = container();
        JsonNode port = container.path("ports").get(0);
        assertEquals("http", port.path("name").asText());
        assertEquals(8080, port.path("containerPort").asInt());
        Map<String, String> paths = Map.of("startupProbe", "/q/health/started",
                "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");
        paths.forEach((probe, path) -> {
            JsonNode get = container.path(probe).path("httpGet");
            assertEquals(path, get.path("path").asText(), probe);
            assertTrue(Set.of("http", "8080").contains(get.path("port").asText()), probe + " port " + get.path("port"));
        });
    }

    @Test
    void containerHasResourceRequestsAndAMemoryLimit() {
        JsonNode resources = container().path("resources");
        assertFalse(resources.at("/requests/cpu").asText().isBlank());
        assertFalse(resources.at("/requests/memory").asText().isBlank());
        assertFalse(resources.at("/limits/memory").asText().isBlank());
    }

    @Test
    void podRunsAsNonRootWithAReadOnlyRootAndAWritableTmp() {
        JsonNode pod = podSpec().path("securityContext");
        JsonNode box = container().path("securityContext");
        assertTrue(pod.path("runAsNonRoot").asBoolean() || box.path("runAsNonRoot").asBoolean());
        int uid = box.has("runAsUser") ? box.path("runAsUser").asInt() : pod.path("runAsUser").asInt();
        assertTrue(uid > 0, "runAsUser " + uid);
        assertFalse(box.path("allowPrivilegeEscalation").asBoolean(true));
        assertTrue(box.path("readOnlyRootFilesystem").asBoolean());
        assertTrue(texts(box.at("/capabilities/drop")).contains("ALL"));
        assertTrue(texts(container().path("volumeMounts"), "mountPath").contains("/tmp"));
    }

    @Test
    void everyReferencedConfigMapAndSecretIsDefined() {
        Set<String> configMaps = names("ConfigMap");
        Set<String> secrets = names("Secret");
        for (JsonNode from : container().path("envFrom")) {
            if (from.has("configMapRef")) assertTrue(configMaps.contains(from.at("/configMapRef/name").asText()), from.toString());
            if (from.has("secretRef")) assertTrue(secrets.contains(from.at("/secretRef/name").asText()), from.toString());
        }
        for (JsonNode env : container().path("env")) {
            JsonNode secretRef = env.at("/valueFrom/secretKeyRef");
            JsonNode configRef = env.at("/valueFrom/configMapKeyRef");
            if (!secretRef.isMissingNode()) assertKeyDefined("Secret", secretRef);
            if (!configRef.isMissingNode()) assertKeyDefined("ConfigMap", configRef);
        }
    }

    @Test
    void serviceAndDisruptionBudgetSelectThePodsOfTheDeployment() {
        JsonNode podLabels = only("Deployment").at("/spec/template/metadata/labels");
        assertSelects(only("Deployment").at("/spec/selector/matchLabels"), podLabels);
        assertSelects(only("Service").at("/spec/selector"), podLabels);
        assertSelects(only("PodDisruptionBudget").at("/spec/selector/matchLabels"), podLabels);
        assertTrue(texts(container().path("ports"), "name").contains(only("Service").at("/spec/ports/0/targetPort").asText()));
    }

    @Test
    void autoscalerScalesTheDeploymentFromAtLeastTwo() {
        JsonNode hpa = only("HorizontalPodAutoscaler");
        assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
        assertEquals(only("Deployment").at("/metadata/name").asText(), hpa.at("/spec/scaleTargetRef/name").asText());
        assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2);
        assertTrue(hpa.at("/spec/maxReplicas").asInt() >= hpa.at("/spec/minReplicas").asInt());
    }

    @Test
    void gracePeriodOutlastsTheShutdownDelayPlusTimeout() {
        int grace = podSpec().path("terminationGracePeriodSeconds").asInt();
        JsonNode config = only("ConfigMap").path("data");
        // Quarkus waits 30 s by default; there is no delay unless one is set
        int shutdown = seconds(config.path("PRESS_STATS_SHUTDOWN_DELAY").asText("0"))
                + seconds(config.path("QUARKUS_SHUTDOWN_TIMEOUT").asText("30"));
        assertTrue(grace > 25 && grace > shutdown, "terminationGracePeriodSeconds " + grace + " vs shutdown " + shutdown);
    }

    @Test
    void imageRunsAsTheDeploymentsNonRootUserOnTheJvmThatTrainedItsAotCache() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip).toList();
        String build = lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow();
        String runtime = last(lines, "FROM ");
        String user = last(lines, "USER ");
        // an AOT cache is only valid on the JVM (and modules image) that wrote it: the very image of the build stage
        assertEquals(build.split("\\s+")[1], runtime.split("\\s+")[0], "runtime stage " + runtime);
        assertTrue(last(lines, "ENTRYPOINT ").contains("\"-XX:AOTCache=app.aot\""), "the image starts with its AOT cache");
        assertNotEquals("root", user);
        assertNotEquals("0", user.split(":")[0]);
        assertEquals(podSpec().at("/securityContext/runAsUser").asText(), user.split(":")[0]);
        assertTrue(lines.contains("EXPOSE 8080"));
        assertTrue(last(lines, "ENTRYPOINT ").startsWith("["), "ENTRYPOINT in exec form, so the JVM gets SIGTERM");
    }

    @Test
    void buildContextLeavesOutTheDevKeys() throws IOException {
        List<String> ignore = Files.readAllLines(Path.of(".dockerignore")).stream().map(String::strip).toList();
        boolean allowList = ignore.contains("*") && ignore.stream().noneMatch(l -> l.startsWith("!dev") || l.startsWith("!/dev"));
        assertTrue(allowList || ignore.contains("dev/") || ignore.contains("dev"), ".dockerignore lets dev/ in");
    }

    private static JsonNode only(String kind) {
        List<JsonNode> found = manifests.stream().map(Manifest::doc).filter(d -> kind.equals(d.path("kind").asText())).toList();
        assertEquals(1, found.size(), "manifests of kind " + kind);
        return found.get(0);
    }

    private static JsonNode podSpec() {
        return only("Deployment").at("/spec/template/spec");
    }

    private static JsonNode container() {
        return podSpec().path("containers").get(0);
    }

    private static Set<String> names(String kind) {
        return manifests.stream().map(Manifest::doc).filter(d -> kind.equals(d.path("kind").asText()))
                .map(d -> d.at("/metadata/name").asText()).collect(Collectors.toSet());
    }

    private static void assertKeyDefined(String kind, JsonNode ref) {
        String name = ref.path("name").asText();
        String key = ref.path("key").asText();
        boolean defined = manifests.stream().map(Manifest::doc)
                .filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.at("/metadata/name").asText()))
                .anyMatch(d -> d.path("data").has(key) || d.path("stringData").has(key));
        assertTrue(defined, kind + " " + name + " with key " + key);
    }

    private static void assertSelects(JsonNode selector, JsonNode labels) {
        assertFalse(selector.isEmpty(), "empty selector");
        selector.properties().forEach(e -> assertEquals(e.getValue().asText(), labels.path(e.getKey()).asText(), e.getKey()));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> texts(JsonNode array, String field) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static String last(List<String> lines, String instruction) {
        return lines.stream().filter(l -> l.startsWith(instruction)).reduce((a, b) -> b)
                .map(l -> l.substring(instruction.length()).strip()).orElse("");
    }

    /** Whole seconds of a Quarkus duration such as "20S", "20s" or "PT20S". */
    private static int seconds(String duration) {
        return Integer.parseInt(duration.toUpperCase().replace("PT", "").replace("S", ""));
    }
}
