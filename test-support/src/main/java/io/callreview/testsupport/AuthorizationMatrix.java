package io.callreview.testsupport;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every role, in one table per service. The endpoints are read from the service's own
 * OpenAPI document, so an endpoint added without an entry here fails the build.
 */
public final class AuthorizationMatrix {

    /**
     * Marks an endpoint that authenticates by signature instead of a token (webhooks): no role is refused
     * (never 403); without a valid signature it answers 401 to everyone, which its own tests cover.
     */
    public static final String PUBLIC = "public";
    public static final List<String> ROLES = List.of("admin", "coach", "rep", "integration");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private final Map<String, Set<String>> allowed = new LinkedHashMap<>();
    private final Map<String, String> samples = new LinkedHashMap<>();

    /** {@code allow("GET", "/api/call-types/{key}", "admin", "coach")}; the path as OpenAPI documents it. */
    public AuthorizationMatrix allow(String method, String path, String... roles) {
        allowed.put(method.toUpperCase() + " " + path, new TreeSet<>(Arrays.asList(roles)));
        return this;
    }

    /** The value used for a path parameter when probing; unknown ids are fine, the role check comes first. */
    public AuthorizationMatrix sample(String parameter, String value) {
        samples.put(parameter, value);
        return this;
    }

    /** Method and path of every operation under {@code /api} in the running service's OpenAPI document. */
    public static Set<String> documentedEndpoints() {
        JsonPath openApi = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/")) {
                operations.keySet().stream()
                        .filter(method -> List.of("get", "post", "put", "delete", "patch").contains(method))
                        .forEach(method -> endpoints.add(method.toUpperCase() + " " + path));
            }
        });
        return endpoints;
    }

    public void assertCoversEveryEndpoint() {
        Set<String> documented = documentedEndpoints();
        assertThat(allowed.keySet()).as("endpoints in the authorization matrix").containsExactlyInAnyOrderElementsOf(documented);
    }

    /** Calls each endpoint anonymously and with each role: 401 without a token, 403 for a role not allowed. */
    public void assertEnforced() {
        List<String> failures = new ArrayList<>();
        allowed.forEach((endpoint, roles) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            int anonymous = call(given(), method, path);
            if (roles.contains(PUBLIC) ? anonymous == 403 : anonymous != 401) {
                failures.add(endpoint + " anonymous -> " + anonymous);
            }
            for (String role : ROLES) {
                int status = call(given().auth().oauth2(TestTokens.mint("matrix-" + role, role, "matrix-team")), method, path);
                boolean denied = status == 403;
                boolean refused = roles.contains(PUBLIC) ? denied : denied || status == 401;
                if (roles.contains(role) || roles.contains(PUBLIC) ? refused : !denied) {
                    failures.add(endpoint + " as " + role + " -> " + status);
                }
            }
        });
        assertThat(failures).as("authorization mismatches").isEmpty();
    }

    private static int call(RequestSpecification request, String method, String path) {
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            request = request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(method, path).statusCode();
    }

    private String concrete(String template) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(samples.getOrDefault(matcher.group(1), "unknown-" + matcher.group(1))));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
