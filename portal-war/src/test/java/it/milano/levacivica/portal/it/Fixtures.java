package it.milano.levacivica.portal.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records that integration tests make for themselves through the API, with unique names. */
final class Fixtures {

    static final String PASSWORD = "correct-horse";

    private final String base;

    Fixtures(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    String url(String path) {
        return base + path;
    }

    RequestSpecification as(String user) {
        return as(user, "demo");
    }

    RequestSpecification as(String user, String password) {
        return given().baseUri(base).auth().preemptive().basic(user, password).accept(ContentType.JSON);
    }

    /** @return a well-formed fiscal code nobody else has (random letters, born 1 January 2000 in Milan) */
    static String newFiscalCode() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append((char) ('A' + random.nextInt(26)));
        }
        s.append("00A01F205");
        return s + String.valueOf(it.milano.levacivica.portal.domain.people.FiscalCode.checkCharacter(s.toString()));
    }

    /** Gives the person the fiscal code their SPID or CIE identity carries, as an administrator does. */
    void registerFiscalCode(long personId, String code) {
        as("admin").contentType(ContentType.JSON).body(Map.of("fiscalCode", "TINIT-" + code))
                .put("/api/v1/people/" + personId + "/fiscal-code").then().statusCode(200)
                .body("fiscalCode", org.hamcrest.Matchers.equalTo(code));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** @return the new person's user name (password {@link #PASSWORD}) and id */
    Map.Entry<String, Long> person(String role) {
        String username = unique(role.toLowerCase().replace('_', '-'));
        long id = as("admin").contentType(ContentType.JSON)
                .body(Map.of("username", username, "fullName", "Test " + username, "email", username + "@example.org",
                        "password", PASSWORD, "roles", List.of(role)))
                .post("/api/v1/people").then().statusCode(201).extract().jsonPath().getLong("id");
        return Map.entry(username, id);
    }

    long project(int seats) {
        return as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("name", unique("Progetto "), "seatAddress", "Via Dogana 2/4", "seats", seats, "programme", "leva-civica-milano"))
                .post("/api/v1/projects").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A volunteer of their own, in a project of their own, followed by {@code tutorId}, from {@code start}. */
    Volunteer volunteer(long tutorId, LocalDate start) {
        Map.Entry<String, Long> v = person("VOLUNTEER");
        long year = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("volunteerId", v.getValue(), "projectId", project(1), "tutorId", tutorId, "startDate", start.toString()))
                .post("/api/v1/service-years").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Volunteer(v.getKey(), v.getValue(), year);
    }

    long idOf(String user) {
        return idOf(user, "demo");
    }

    long idOf(String user, String password) {
        return as(user, password).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** A volunteer with their own service year. */
    record Volunteer(String username, long personId, long serviceYearId) {
    }

    private static final java.util.regex.Pattern FORM_TOKEN = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** @return the session cookie of a form sign-in (pages need a session; the API takes Basic) */
    String session(String username, String password) {
        Response page = given().baseUri(url("")).redirects().follow(false).get("/login.xhtml");
        String cookie = page.getCookie("JSESSIONID");
        java.util.regex.Matcher token = FORM_TOKEN.matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("the sign-in form has no token");
        }
        Response r = given().baseUri(url("")).redirects().follow(false).cookie("JSESSIONID", cookie).formParam("csrf", token.group(1))
                .formParam("username", username).formParam("password", password).post("/auth/login");
        return r.getCookie("JSESSIONID") == null ? cookie : r.getCookie("JSESSIONID");
    }

    String page(String username, String password, String path) {
        return given().baseUri(url("")).redirects().follow(false).cookie("JSESSIONID", session(username, password)).get(path)
                .then().statusCode(200).extract().asString();
    }
}
