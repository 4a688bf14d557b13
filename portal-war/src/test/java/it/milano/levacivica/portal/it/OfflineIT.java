package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import it.milano.levacivica.portal.demo.DemoWar;
import it.milano.levacivica.portal.demo.EmbeddedMariaDb;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, part 2: the volunteer's today card works offline. The API side: {@code Idempotency-Key} on
 * {@code POST /service-years/{id}/entries} stores an entry once however often (and however concurrently) it is
 * sent, remembers refusals, refuses a key reused for another body, keeps accounts apart and forgets keys after
 * 24 hours.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class OfflineIT {

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

    private static LocalDate today() {
        return LocalDate.now(ROME);
    }

    private Fixtures.Volunteer newVolunteer() {
        long tutor = fx.person("TUTOR").getValue();
        return fx.volunteer(tutor, today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6));
    }

    private static String entries(Fixtures.Volunteer v) {
        return "/api/v1/service-years/" + v.serviceYearId() + "/entries";
    }

    /** A day of last week: a weekday that no rule refuses for 2 h of service. */
    private static LocalDate lastWeek(DayOfWeek day) {
        return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).with(day);
    }

    private Response post(Fixtures.Volunteer v, String key, Object body) {
        var spec = fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.post(entries(v));
    }

    private List<Integer> minutesStored(Fixtures.Volunteer v) {
        return fx.as(v.username(), Fixtures.PASSWORD).get(entries(v) + "?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("minutes");
    }

    private static Connection owner() throws Exception {
        EmbeddedMariaDb db = MariaDbExtension.server();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    // ---------------------------------------------------------------- the API: Idempotency-Key

    @Test
    void theSameKeyTwiceStoresOneEntryAndAnswersTheSameLocationWithTheKeyAndTheEntryInTheDatabase() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        String key = UUID.randomUUID().toString();
        String day = lastWeek(DayOfWeek.TUESDAY).toString();
        Response first = post(v, key, Map.of("date", day, "category", "SERVICE", "minutes", 120, "activityType", "COMMUNICATION"));
        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        // the same request spelled differently (order, spaces, case of the name): the same request
        Response again = post(v, key, "{ \"minutes\": 120, \"activityType\": \"communication\", \"category\": \"SERVICE\", \"date\": \"" + day + "\" }");
        again.then().statusCode(201).contentType(ContentType.JSON).header("Idempotent-Replayed", "true");
        assertNotNull(first.header("Location"));
        assertEquals(first.header("Location"), again.header("Location"), "the same Location");
        assertEquals(first.jsonPath().getLong("entry.id"), again.jsonPath().getLong("entry.id"));
        assertEquals(first.jsonPath().getMap("$"), again.jsonPath().getMap("$"), "the same body");
        assertEquals(List.of(120), minutesStored(v), "one entry");
        fx.as(v.username(), Fixtures.PASSWORD).get(first.header("Location")).then().statusCode(200).body("minutes", equalTo(120));
        // the key, the answer and the entry are in the database together
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(
                "SELECT status, entry_id, TIMESTAMPDIFF(HOUR, created_at, expires_at) FROM idempotent_request WHERE person_id = ? AND idem_key = ?")) {
            ps.setLong(1, v.personId());
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the key is remembered");
                assertEquals(201, rs.getInt(1));
                assertEquals(first.jsonPath().getLong("entry.id"), rs.getLong(2));
                assertEquals(24, rs.getInt(3), "for 24 hours");
            }
        }
        // a new key is a new entry
        post(v, UUID.randomUUID().toString(), Map.of("date", day, "category", "SERVICE", "minutes", 120, "activityType", "COMMUNICATION"))
                .then().statusCode(201);
        assertEquals(List.of(120, 120), minutesStored(v));
    }

    @Test
    void theSameKeyWithAnotherBodyOrAnotherYearIsRefusedWith422AndStoresNothing() {
        Fixtures.Volunteer v = newVolunteer();
        String key = "retry-" + UUID.randomUUID();
        String day = lastWeek(DayOfWeek.WEDNESDAY).toString();
        post(v, key, Map.of("date", day, "category", "SERVICE", "minutes", 60, "activityType", "TESTIMONIES")).then().statusCode(201);
        post(v, key, Map.of("date", day, "category", "SERVICE", "minutes", 90, "activityType", "TESTIMONIES")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/idempotency-key-reused"));
        fx.as(v.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Accept-Language", "en").header("Idempotency-Key", key)
                .body(Map.of("date", day, "category", "SPECIFIC_TRAINING", "minutes", 60)).post(entries(v)).then().statusCode(422)
                .body("detail", equalTo("This idempotency key was used in the last 24 hours for a different request: use a new key."));
        assertEquals(List.of(60), minutesStored(v));
    }

    @Test
    void aRefusalOfTheRulesIsRememberedAndAnsweredAgainWithoutStoringAnything() {
        Fixtures.Volunteer v = newVolunteer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> tomorrow = Map.of("date", today().plusDays(1).toString(), "category", "SERVICE", "minutes", 60,
                "activityType", "COMMUNICATION");
        Response refused = post(v, key, tomorrow);
        refused.then().statusCode(422).contentType("application/problem+json").body("type", equalTo("/problems/rule-violation"))
                .body("violations[0].rule", equalTo("DATE_IN_FUTURE"));
        Response again = post(v, key, tomorrow);
        again.then().statusCode(422).contentType("application/problem+json").header("Idempotent-Replayed", "true");
        assertEquals(refused.jsonPath().getMap("$"), again.jsonPath().getMap("$"), "the same refusal");
        assertNull(again.header("Location"));
        assertEquals(List.of(), minutesStored(v));
    }

    @Test
    void parallelRequestsWithOneKeyStoreExactlyOneEntryAndAllGetItsLocation() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        fx.as(v.username(), Fixtures.PASSWORD).get("/api/v1/me").then().statusCode(200); // the password checked once, then remembered
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("date", lastWeek(DayOfWeek.THURSDAY).toString(), "category", "SERVICE", "minutes", 180,
                "activityType", "INCLUSION_INITIATIVES");
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(v, key, body);
                }));
            }
            start.countDown();
            Set<String> locations = new HashSet<>();
            int replayed = 0;
            for (Future<Response> f : answers) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                locations.add(r.header("Location"));
                replayed += "true".equals(r.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertEquals(1, locations.size(), "one Location for all: " + locations);
            assertEquals(n - 1, replayed, "one did the work, the others got its answer");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(180), minutesStored(v), "exactly one entry");
    }

    @Test
    void theSameKeyFromAnotherAccountIsAnotherRequest() {
        Fixtures.Volunteer a = newVolunteer();
        Fixtures.Volunteer b = newVolunteer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("date", lastWeek(DayOfWeek.FRIDAY).toString(), "category", "SERVICE", "minutes", 240,
                "activityType", "ADMINISTRATIVE_SUPPORT");
        Response first = post(a, key, body);
        first.then().statusCode(201);
        Response other = post(b, key, body);
        other.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertNotEquals(first.header("Location"), other.header("Location"));
        assertEquals(List.of(240), minutesStored(a));
        assertEquals(List.of(240), minutesStored(b));
        // and b cannot replay a's answer into a's year either: that is b's key on a's year, refused as any write there
        post(b, UUID.randomUUID().toString(), Map.of("date", lastWeek(DayOfWeek.FRIDAY).toString(), "category", "SERVICE", "minutes", 60,
                "activityType", "COMMUNICATION")).then().statusCode(201);
        fx.as(b.username(), Fixtures.PASSWORD).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(entries(a))
                .then().statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(List.of(240), minutesStored(a));
    }

    @Test
    void keysOfTheWrongFormAreRefusedNamingTheHeaderAndAKeyIsForgottenAfter24Hours() throws Exception {
        Fixtures.Volunteer v = newVolunteer();
        Map<String, Object> body = Map.of("date", lastWeek(DayOfWeek.MONDAY).toString(), "category", "SERVICE", "minutes", 60,
                "activityType", "MEETING_SUMMARIES");
        for (String bad : List.of("", " ", "a b", "x".repeat(101), "k;drop", "k/1")) {
            post(v, bad, body).then().statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/invalid-input"))
                    .body("errors.Idempotency-Key", org.hamcrest.Matchers.notNullValue());
        }
        post(v, "chiave-è", body).then().statusCode(400); // outside ASCII: refused (by the HTTP server before the portal sees it)
        assertEquals(List.of(), minutesStored(v), "nothing stored by refused keys");
        String key = "k".repeat(100);
        post(v, key, body).then().statusCode(201);
        post(v, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
        try (Connection c = owner(); PreparedStatement ps = c.prepareStatement(
                "UPDATE idempotent_request SET created_at = created_at - INTERVAL 25 HOUR, expires_at = expires_at - INTERVAL 25 HOUR"
                        + " WHERE person_id = ? AND idem_key = ?")) {
            ps.setLong(1, v.personId());
            ps.setString(2, key);
            assertEquals(1, ps.executeUpdate());
        }
        // a day later the key is free again: the same key is a new request
        post(v, key, Map.of("date", lastWeek(DayOfWeek.MONDAY).toString(), "category", "SERVICE", "minutes", 30,
                "activityType", "MEETING_SUMMARIES")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(List.of(60, 30), minutesStored(v));
    }

    @Test
    void theDescriptionNamesTheHeaderWithItsFormAndStaysValid() {
        String json = io.restassured.RestAssured.given().baseUri(fx.url("")).accept(ContentType.JSON).get("/openapi").then().statusCode(200)
                .extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser finds nothing to say");
        OpenAPI api = result.getOpenAPI();
        var create = api.getPaths().get("/api/v1/service-years/{id}/entries").getPost();
        assertEquals("createEntry", create.getOperationId());
        Parameter header = create.getParameters().stream().filter(p -> "Idempotency-Key".equals(p.getName())).findFirst().orElseThrow();
        assertEquals("header", header.getIn());
        assertEquals(100, header.getSchema().getMaxLength());
        assertEquals("^[A-Za-z0-9._:-]{1,100}$", header.getSchema().getPattern());
        assertNotEquals(Boolean.TRUE, header.getRequired(), "optional");
        assertTrue(create.getResponses().get("422").getDescription().contains("idempotency-key-reused"), create.getResponses().get("422").getDescription());
    }
}
