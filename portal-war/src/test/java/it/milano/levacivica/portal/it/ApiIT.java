package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import it.milano.levacivica.portal.demo.DemoWar;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API as an integrator meets it (issue 13): a description that a standard validator accepts, API
 * tokens, creates that answer with the new resource and a Location that answers GET, problem+json for
 * every error, and a fuzz-style pass of malformed bodies and parameters over every operation as every role.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class ApiIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DemoWar.of(Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private Fixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(base);
    }

    private RequestSpecification bearer(String token) {
        return given().baseUri(fx.url("")).header("Authorization", "Bearer " + token).accept(ContentType.JSON);
    }

    private OpenAPI description(List<String> messages) {
        String json = given().baseUri(fx.url("")).accept(ContentType.JSON).get("/openapi").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        messages.addAll(result.getMessages());
        return result.getOpenAPI();
    }

    // ---------------------------------------------------------------- 1. a valid description

    @Test
    void theDescriptionValidatesWithNoErrorAndNamesEveryOperationOnce() {
        List<String> messages = new ArrayList<>();
        OpenAPI api = description(messages);
        assertEquals(List.of(), messages, "swagger-parser finds no error");
        Set<String> ids = new HashSet<>();
        api.getPaths().forEach((template, item) -> {
            assertFalse(template.contains(":"), "plain template: " + template);
            item.readOperationsMap().forEach((method, op) -> {
                assertTrue(ids.add(op.getOperationId()), "operationId used twice: " + op.getOperationId());
                assertTrue(op.getResponses().containsKey("401") && op.getResponses().containsKey("500"), template);
            });
        });
        assertTrue(ids.containsAll(List.of("createEntry", "approveTimesheet", "createMyToken", "getEntry", "verifyAuditChain")), ids.toString());
        List<String> tags = api.getTags().stream().map(t -> t.getName()).toList();
        assertEquals(tags.size(), new HashSet<>(tags).size(), "each tag once");
        assertTrue(api.getTags().stream().allMatch(t -> t.getDescription() != null && !t.getDescription().isBlank()));
        assertTrue(api.getComponents().getSchemas().containsKey("Problem"));
    }

    // ---------------------------------------------------------------- 4. API tokens

    @Test
    void aPersonalTokenOpensTheApiUntilRevokedAndAReadOnlyOneOnlyReads() {
        var p = fx.person("TUTOR");
        Response made = fx.as(p.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("name", "script notturno"))
                .post("/api/v1/me/tokens");
        made.then().statusCode(201).header("Location", notNullValue()).body("token", startsWith("lcp_"));
        String token = made.jsonPath().getString("token");
        long id = made.jsonPath().getLong("id");
        given().baseUri(fx.url("")).auth().preemptive().basic(p.getKey(), Fixtures.PASSWORD).get(made.getHeader("Location")
                .replaceFirst("^https?://[^/]+", "")).then().statusCode(200).body("token", nullValue()).body("name", equalTo("script notturno"));
        bearer(token).get("/api/v1/me").then().statusCode(200).body("username", equalTo(p.getKey()));
        fx.as(p.getKey(), Fixtures.PASSWORD).get("/api/v1/me/tokens").then().statusCode(200).body("[0].id", equalTo((int) id))
                .body("[0].token", nullValue()).body("[0].prefix", startsWith("lcp_"));

        String readOnly = fx.as(p.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "sola lettura", "readOnly", true, "expiresOn", LocalDate.now(ROME).plusDays(30).toString()))
                .post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath().getString("token");
        bearer(readOnly).get("/api/v1/me").then().statusCode(200);
        bearer(readOnly).contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/me/tokens").then().statusCode(403)
                .body("type", equalTo("/problems/token-read-only"));

        fx.as(p.getKey(), Fixtures.PASSWORD).delete("/api/v1/me/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        bearer("lcp_forged").get("/api/v1/me").then().statusCode(401);
        fx.as(p.getKey(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("name", "ieri", "expiresOn", LocalDate.now(ROME).minusDays(1).toString()))
                .post("/api/v1/me/tokens").then().statusCode(400).body("errors", hasKey("expiresOn"));
        List<Object> actions = fx.as("admin").get("/api/v1/audit?recordType=API_TOKEN&recordId=" + id).then().statusCode(200)
                .extract().jsonPath().getList("action");
        assertTrue(actions.containsAll(List.of("CREATE", "USE", "REVOKE")), actions.toString());
        // someone else's token cannot be read or revoked
        fx.as("tutor").delete("/api/v1/me/tokens/" + id).then().statusCode(404);
    }

    @Test
    void aCoordinatorMakesATokenForAServiceAccountButNotForOneThatReadsCases() {
        var service = fx.person("TUTOR");
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", "gestionale HR", "readOnly", true))
                .post("/api/v1/people/" + service.getValue() + "/tokens").then().statusCode(201).body("owner", equalTo(service.getKey()));
        long sw = fx.idOf("socialworker");
        fx.as("coordinator").contentType(ContentType.JSON).body(Map.of("name", "no")).post("/api/v1/people/" + sw + "/tokens")
                .then().statusCode(403);
        fx.as("volunteer").contentType(ContentType.JSON).body(Map.of("name", "no")).post("/api/v1/people/" + service.getValue() + "/tokens")
                .then().statusCode(403);
    }

    // ---------------------------------------------------------------- 3. consistent answers

    @Test
    void everyCreateAnswersWithItsIdAndALocationThatAnswersGet() {
        String sw = Fixtures.unique("sw");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", sw, "fullName", "Test " + sw, "email", sw + "@example.org", "password", Fixtures.PASSWORD,
                        "roles", List.of("SOCIAL_WORKER"), "municipio", 3))
                .post("/api/v1/people").then().statusCode(201).header("Location", notNullValue());
        Response c = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("level", "FIRST", "accessChannel", "IN_PERSON", "targetGroup", "FAMILIES_WITH_MINORS", "summary", "x"))
                .post("/api/v1/cases");
        c.then().statusCode(201).body("id", notNullValue());
        follow(sw, c).then().statusCode(200);
        long caseId = c.jsonPath().getLong("id");
        Response member = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON).body(Map.of("fullName", "Figlia", "relation", "figlia"))
                .post("/api/v1/cases/" + caseId + "/members");
        member.then().statusCode(201).body("id", notNullValue()).body("caseId", equalTo((int) caseId));
        follow(sw, member).then().statusCode(200);
        var tutor = fx.person("TUTOR");
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), LocalDate.now(ROME).minusMonths(1));
        Response entry = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now(ROME).minusDays(LocalDate.now(ROME).getDayOfWeek().getValue() == 1 ? 2 : 1).toString(),
                        "category", "SPECIFIC_TRAINING", "minutes", 60))
                .post("/api/v1/service-years/" + v.serviceYearId() + "/entries");
        entry.then().statusCode(201);
        follow(v.username(), entry).then().statusCode(200).body("minutes", equalTo(60)).header("ETag", notNullValue());
        fx.as("volunteer").get(path(entry.getHeader("Location"))).then().statusCode(404);
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private Response follow(String user, Response created) {
        return fx.as(user, Fixtures.PASSWORD).get(path(created.getHeader("Location")));
    }

    @Test
    void errorsOutsideTheResourcesAreProblemJsonToo() {
        fx.as("coordinator").get("/api/v2/anything").then().statusCode(404).contentType("application/problem+json");
        fx.as("coordinator").get("/api/v1/no/such/thing").then().statusCode(404).contentType("application/problem+json");
        fx.as("coordinator").delete("/api/v1/projects").then().statusCode(405).contentType("application/problem+json");
        fx.as("coordinator").accept("application/xml").get("/api/v1/projects").then().statusCode(406).contentType("application/problem+json");
        fx.as("coordinator").contentType("application/xml").body("<a/>").post("/api/v1/projects").then().statusCode(415)
                .contentType("application/problem+json");
        // a GET with a body is decided like any other: anonymous first
        given().baseUri(fx.url("")).contentType(ContentType.JSON).body("{\"a\":1}").get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        fx.as("coordinator").contentType(ContentType.JSON).body("{\"a\":1}").get("/api/v1/me").then().statusCode(200);
    }

    // ---------------------------------------------------------------- 8. malformed input everywhere

    @Test
    void malformedBodiesAndParametersOnEveryOperationAsEveryRoleGiveOnlyProblemJson4xx() {
        OpenAPI api = description(new ArrayList<>());
        List<String> roles = List.of("volunteer", "tutor", "socialworker", "coordinator", "admin");
        List<String> bodies = List.of("{", "[]", "{\"date\":\"2026-13-45\",\"minutes\":\"abc\",\"category\":\"NOPE\",\"id\":{}}", "null", "\"x\"");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : e.getValue().readOperationsMap().entrySet()) {
                if (op.getValue().getOperationId().equals("getRegisterPdf") || op.getKey() == PathItem.HttpMethod.DELETE) {
                    continue; // deleting real records would change the demo under other tests' feet; the PDF is tested elsewhere
                }
                for (String badId : List.of("abc", "0", "99999999999")) {
                    String path = e.getKey().replace("{id}", badId).replace("{caseId}", badId).replace("{taskId}", badId)
                            .replace("{month}", "2026-13");
                    for (String role : roles) {
                        RequestSpecification r = fx.as(role).queryParam("from", "yesterday").queryParam("format", "pdf;drop");
                        List<String> payloads = op.getKey() == PathItem.HttpMethod.GET ? List.of("") : bodies;
                        for (String body : payloads) {
                            Response answer = body.isEmpty() ? r.request(op.getKey().name(), path)
                                    : r.contentType(ContentType.JSON).body(body).request(op.getKey().name(), path);
                            sent++;
                            int status = answer.statusCode();
                            String type = String.valueOf(answer.getContentType());
                            if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
                                failures.add(op.getKey() + " " + path + " as " + role + " with " + body + " -> " + status + " " + type);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(sent > 1000, "sent " + sent);
        assertEquals(List.of(), failures);
    }
}
