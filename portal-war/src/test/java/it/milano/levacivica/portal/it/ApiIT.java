package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
import io.swagger.v3.oas.models.media.Schema;
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
                assertTrue(op.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2") || "default".equals(code)),
                        "a success answer: " + method + " " + template);
            });
        });
        assertTrue(ids.containsAll(List.of("createEntry", "approveTimesheet", "createMyToken", "getEntry", "verifyAuditChain")), ids.toString());
        List<String> tags = api.getTags().stream().map(t -> t.getName()).toList();
        assertEquals(tags.size(), new HashSet<>(tags).size(), "each tag once");
        assertTrue(api.getTags().stream().allMatch(t -> t.getDescription() != null && !t.getDescription().isBlank()));
        assertTrue(api.getComponents().getSchemas().containsKey("Problem"));
        // the year's report's files: the file itself, or 202 while the year's first report is being made
        var pdf = api.getPaths().get("/api/v1/reports/year/{year}/report.pdf").getGet().getResponses();
        assertTrue(pdf.get("200").getContent().containsKey("application/pdf") && pdf.containsKey("202"), pdf.keySet().toString());
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

    // ---------------------------------------------------------------- 2. typed requests at the edge

    /** The field's message in Italian (default) and in English, and that nothing else is named. */
    private void refused(String user, String password, String path, String body, Map<String, List<String>> messages) {
        for (int language = 0; language < 2; language++) {
            RequestSpecification r = fx.as(user, password).contentType(ContentType.JSON).body(body);
            if (language == 1) {
                r = r.header("Accept-Language", "en");
            }
            Response answer = r.post(path);
            answer.then().statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/invalid-input"));
            Map<String, String> errors = answer.jsonPath().getMap("errors", String.class, String.class);
            assertEquals(messages.keySet(), errors.keySet(), path + ": " + errors);
            for (Map.Entry<String, List<String>> m : messages.entrySet()) {
                assertEquals(m.getValue().get(language), errors.get(m.getKey()), path + " " + m.getKey());
            }
        }
    }

    private static final List<String> WHOLE_NUMBER = List.of("Deve essere un numero intero.", "Must be a whole number.");
    private static final List<String> DATE = List.of("Data non valida: usa il formato AAAA-MM-GG.", "Not a valid date: use YYYY-MM-DD.");

    private static List<String> oneOf(String names) {
        return List.of("Valore sconosciuto: usa uno tra " + names + ".", "Unknown value: use one of " + names + ".");
    }

    @Test
    void aWrongTypeAnUnknownNameOrABadDateIsA400NamingEachFieldInTheCallersLanguage() {
        // create entry: every field of the wrong type is named at once, and nothing is stored
        var tutor = fx.person("TUTOR");
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), LocalDate.now(ROME).minusMonths(1));
        String entries = "/api/v1/service-years/" + v.serviceYearId() + "/entries";
        refused(v.username(), Fixtures.PASSWORD, entries,
                "{\"date\":\"2026-02-30\",\"category\":\"NAPPING\",\"minutes\":\"abc\",\"activityType\":\"COMMUNICATION\"}",
                Map.of("date", DATE, "category", oneOf("SERVICE, SPECIFIC_TRAINING, COMPETENCE_CERTIFICATE"), "minutes", WHOLE_NUMBER));
        refused(v.username(), Fixtures.PASSWORD, entries, "{\"date\":\"2026-11-02\",\"category\":\"SERVICE\",\"minutes\":60.5}",
                Map.of("minutes", WHOLE_NUMBER));
        fx.as(v.username(), Fixtures.PASSWORD).get(entries).then().statusCode(200).body("size()", equalTo(0));
        // create project
        refused("coordinator", "demo", "/api/v1/projects",
                "{\"name\":\"P\",\"seatAddress\":\"Via Dogana 2/4\",\"seats\":\"three\",\"programme\":\"leva-civica-milano\"}",
                Map.of("seats", WHOLE_NUMBER));
        // create case
        String sw = socialWorker(4);
        refused(sw, Fixtures.PASSWORD, "/api/v1/cases",
                "{\"level\":\"THIRD\",\"accessChannel\":\"IN_PERSON\",\"targetGroup\":\"ELDERLY\",\"courtOrderDate\":\"31/12/2026\","
                        + "\"nonResident\":\"no\"}",
                Map.of("level", oneOf("FIRST, SECOND"), "courtOrderDate", DATE,
                        "nonResident", List.of("Deve essere true o false.", "Must be true or false.")));
        // place a person
        long caseId = fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("level", "FIRST", "accessChannel", "PHONE", "targetGroup", "ADULTS")).post("/api/v1/cases")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        refused(sw, Fixtures.PASSWORD, "/api/v1/rst/cases/" + caseId + "/placements",
                "{\"memberId\":\"Mario\",\"unitId\":1,\"category\":\"GIANT\",\"startDate\":\"2026-13-01\",\"plannedEnd\":\"2027-01-01\"}",
                Map.of("memberId", WHOLE_NUMBER, "category", oneOf("ELDERLY_MINIMAL_AUTONOMY, FRAGILE_ADULT, MILD_DISABILITY, HOUSEHOLD_WITH_MINORS"),
                        "startDate", DATE));
        // a field inside a list is named by its place
        refused(tutor.getKey(), Fixtures.PASSWORD, "/api/v1/check-ins",
                "{\"serviceYearIds\":[" + v.serviceYearId() + "],\"heldAt\":\"2026-11-02T09:30\",\"mode\":\"IN_PERSON\",\"minutes\":60,"
                        + "\"summary\":\"x\",\"tasks\":[{\"title\":\"t\",\"activityType\":\"COMMUNICATION\",\"dueDate\":\"domani\"}]}",
                Map.of("tasks[0].dueDate", DATE));
        // a body that is not JSON, or not an object, is still malformed
        fx.as("coordinator").contentType(ContentType.JSON).body("[1]").post("/api/v1/projects").then().statusCode(400)
                .body("type", equalTo("/problems/malformed-body"));
    }

    private String socialWorker(int municipio) {
        String sw = Fixtures.unique("sw");
        fx.as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", sw, "fullName", "Test " + sw, "email", sw + "@example.org", "password", Fixtures.PASSWORD,
                        "roles", List.of("SOCIAL_WORKER"), "municipio", municipio))
                .post("/api/v1/people").then().statusCode(201);
        return sw;
    }

    @Test
    void theDescriptionTypesDaysIdsNamesOfListsAndPages() {
        OpenAPI api = description(new ArrayList<>());
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, Schema> entry = properties(schemas, "EntryCommand");
        assertEquals("string", entry.get("date").getType());
        assertEquals("date", entry.get("date").getFormat());
        assertEquals(List.of("SERVICE", "SPECIFIC_TRAINING", "COMPETENCE_CERTIFICATE"), entry.get("category").getEnum());
        assertEquals("integer", entry.get("minutes").getType());
        assertEquals("int64", properties(schemas, "EntryView").get("id").getFormat());
        assertEquals(Boolean.TRUE, properties(schemas, "CaseView").get("closedOn").getNullable());
        assertEquals("string", schemas.get("CaseLevel").getType());
        assertEquals(List.of("VOLUNTEER", "TUTOR", "SOCIAL_WORKER", "COORDINATOR", "ADMIN"), schemas.get("Role").getEnum());
        Operation people = api.getPaths().get("/api/v1/people").getGet();
        var limit = people.getParameters().stream().filter(p -> p.getName().equals("limit")).findFirst().orElseThrow();
        assertEquals(500, limit.getSchema().getMaximum().intValue());
        assertTrue(people.getParameters().stream().anyMatch(p -> p.getName().equals("cursor")));
        var ok = people.getResponses().get("default") != null ? people.getResponses().get("default") : people.getResponses().get("200");
        assertTrue(ok.getHeaders().containsKey("Link"), ok.toString());
        Operation entries = api.getPaths().get("/api/v1/service-years/{id}/entries").getGet();
        var answer = entries.getResponses().get("default") != null ? entries.getResponses().get("default") : entries.getResponses().get("200");
        assertTrue(answer.getContent().containsKey("application/json") && answer.getContent().containsKey("text/csv"), answer.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Schema> properties(Map<String, Schema> schemas, String name) {
        return (Map<String, Schema>) (Map) schemas.get(name).getProperties();
    }

    // ---------------------------------------------------------------- 5. paging

    /** Follows the Link rel="next" headers from {@code first} to the end. @return every item, in the order read */
    private List<Map<String, Object>> walk(java.util.function.Supplier<RequestSpecification> as, String first, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            Response page = as.get().get(next);
            page.then().statusCode(200).contentType(ContentType.JSON);
            List<Map<String, Object>> items = page.jsonPath().getList("$");
            assertTrue(items.size() <= limit, next + " gave " + items.size());
            all.addAll(items);
            String link = page.getHeader("Link");
            if (link == null) {
                next = null;
            } else {
                assertTrue(link.endsWith(">; rel=\"next\""), link);
                assertEquals(limit, items.size(), "only the last page is short");
                next = path(link.substring(link.indexOf('<') + 1, link.indexOf('>')));
            }
            assertTrue(++pages < 1000, "the links end");
        }
        return all;
    }

    private static List<Long> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    @Test
    void peoplePageToTheEndNewestFirstWithNoRepeatsAndNoGapsWhilePeopleAreAdded() {
        for (int i = 0; i < 4; i++) {
            fx.person("VOLUNTEER");
        }
        List<Long> whole = ids(fx.as("admin").get("/api/v1/people?limit=500").then().statusCode(200).extract().jsonPath().getList("$"));
        assertTrue(whole.size() > 7, "more people than a page: " + whole.size());
        assertTrue(whole.size() < 500, "one page of 500 holds them all: " + whole.size());
        // the first page, then someone new: the pages that follow neither repeat nor skip anyone
        Response first = fx.as("admin").get("/api/v1/people?limit=7");
        first.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        fx.person("TUTOR");
        String link = first.getHeader("Link");
        List<Map<String, Object>> rest = walk(() -> fx.as("admin"), path(link.substring(link.indexOf('<') + 1, link.indexOf('>'))), 7);
        List<Long> read = new ArrayList<>(ids(first.jsonPath().getList("$")));
        read.addAll(ids(rest));
        assertEquals(whole, read, "every person once, in the same order");
        List<Long> sorted = new ArrayList<>(read);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, read, "newest first");
        // a filter pages too
        List<Map<String, Object>> tutors = walk(() -> fx.as("coordinator"), "/api/v1/people?role=TUTOR&limit=2", 2);
        assertTrue(tutors.size() >= 2 && tutors.stream().allMatch(p -> ((List<?>) p.get("roles")).contains("TUTOR")), tutors.toString());
        assertEquals(tutors.size(), new HashSet<>(ids(tutors)).size());
    }

    @Test
    void entriesPageToTheEndByDateWithNoRepeatsAndNoGaps() {
        var tutor = fx.person("TUTOR");
        Fixtures.Volunteer v = fx.volunteer(tutor.getValue(), LocalDate.now(ROME).minusMonths(1));
        String path = "/api/v1/service-years/" + v.serviceYearId() + "/entries";
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.now(ROME).minusDays(1); days.size() < 4; d = d.minusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        for (LocalDate d : days) { // two entries a day, so that the order within a day counts too
            for (int i = 0; i < 2; i++) {
                fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON)
                        .body(Map.of("date", d.toString(), "category", "SPECIFIC_TRAINING", "minutes", 60)).post(path).then().statusCode(201);
            }
        }
        List<Map<String, Object>> read = walk(() -> fx.as(v.username(), Fixtures.PASSWORD), path + "?limit=3", 3);
        assertEquals(8, read.size());
        assertEquals(8, new HashSet<>(ids(read)).size(), "no repeats");
        List<Map<String, Object>> whole = fx.as(v.username(), Fixtures.PASSWORD).get(path + "?limit=500").jsonPath().getList("$");
        assertEquals(ids(whole), ids(read), "no gaps, the same order");
        List<String> dates = read.stream().map(e -> (String) e.get("date")).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "by date");
        // the same entries through the export's JSON, as their tutor, with a period
        List<Map<String, Object>> exported = walk(() -> fx.as(tutor.getKey(), Fixtures.PASSWORD),
                "/api/v1/entries?format=json&limit=2&from=" + days.get(3) + "&to=" + LocalDate.now(ROME), 2);
        assertEquals(ids(read).stream().sorted().toList(), ids(exported).stream().sorted().toList());
        // the default page is 50; a limit outside 1..500 or a cursor this API did not write is a 400 naming it
        for (String bad : List.of("limit=501", "limit=0", "limit=ten")) {
            fx.as(v.username(), Fixtures.PASSWORD).get(path + "?" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors", hasKey("limit"));
        }
        fx.as("admin").get("/api/v1/people?limit=501").then().statusCode(400).body("errors", hasKey("limit"));
        fx.as("admin").header("Accept-Language", "en").get("/api/v1/audit?limit=1000").then().statusCode(400)
                .body("errors.limit", equalTo("The limit must be a whole number from 1 to 500."));
        fx.as(v.username(), Fixtures.PASSWORD).get(path + "?cursor=bm90LW91cnM").then().statusCode(400).body("errors", hasKey("cursor"));
        fx.as("admin").get("/api/v1/people?cursor=%%%").then().statusCode(400).body("errors", hasKey("cursor"));
    }

    @Test
    void casesServiceYearsAndTheAuditTrailPageToo() {
        String sw = socialWorker(8);
        for (int i = 0; i < 3; i++) {
            fx.as(sw, Fixtures.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("level", "FIRST", "accessChannel", "EMAIL", "targetGroup", "ELDERLY")).post("/api/v1/cases").then().statusCode(201);
        }
        List<Map<String, Object>> cases = walk(() -> fx.as(sw, Fixtures.PASSWORD), "/api/v1/cases?limit=2", 2);
        assertTrue(cases.size() >= 3 && new HashSet<>(ids(cases)).size() == cases.size(), cases.toString());
        assertTrue(cases.stream().allMatch(c -> c.containsKey("closedOn") && c.get("closedOn") == null), "a missing day is null");
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases?phase=CLOSED").then().statusCode(200).body("size()", equalTo(0));
        fx.as(sw, Fixtures.PASSWORD).get("/api/v1/cases?phase=ASLEEP").then().statusCode(400).body("errors", hasKey("phase"));
        List<Map<String, Object>> years = walk(() -> fx.as("coordinator"), "/api/v1/service-years?limit=3", 3);
        assertTrue(years.size() > 3 && new HashSet<>(ids(years)).size() == years.size());
        List<Map<String, Object>> audit = walk(() -> fx.as("admin"), "/api/v1/audit?actor=" + sw + "&limit=2", 2);
        List<Long> seqs = audit.stream().map(a -> ((Number) a.get("seq")).longValue()).toList();
        assertTrue(seqs.size() >= 4 && new HashSet<>(seqs).size() == seqs.size(), seqs.toString());
        assertEquals(seqs.stream().sorted(java.util.Comparator.reverseOrder()).toList(), seqs, "newest first");
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
                if (List.of("getRegisterPdf", "getMyPersonalDataPdf", "getCaseMemberPersonalDataPdf").contains(op.getValue().getOperationId())
                        || op.getKey() == PathItem.HttpMethod.DELETE) {
                    continue; // deleting real records would change the demo under other tests' feet; the PDFs are tested elsewhere
                }
                for (String badId : List.of("abc", "0", "99999999999")) {
                    String path = e.getKey().replace("{id}", badId).replace("{caseId}", badId).replace("{taskId}", badId).replace("{memberId}", badId)
                            .replace("{month}", "2026-13").replace("{year}", badId);
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
