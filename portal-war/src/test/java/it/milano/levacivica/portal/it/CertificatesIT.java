package it.milano.levacivica.portal.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Texts;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-of-service certificate on Payara Micro against MariaDB, with the demo's finished year (volunteer4,
 * Chiara Marino): who may issue it, a year that is not complete refused with 409, once only, audited, the PDF's
 * content read back, and the public verification page that answers only valid / not valid, the name and the period.
 */
@ExtendWith({MariaDbExtension.class, ArquillianExtension.class})
@RunAsClient
class CertificatesIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return it.milano.levacivica.portal.demo.DemoWar.of(java.nio.file.Path.of(System.getProperty("portal.war", "target/portal.war")));
    }

    @ArquillianResource
    private URL base;

    private Fixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new Fixtures(base);
    }

    private long yearOf(String volunteer) {
        return fx.as(volunteer).get("/api/v1/service-years").then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    @Test
    void aCompleteYearIsCertifiedOnceByTheCoordinatorAndTheCertificateSaysWhatWasDone() throws Exception {
        long chiara = yearOf("volunteer4");
        fx.as("coordinator").get("/api/v1/service-years/" + chiara + "/certificate/readiness").then().statusCode(200)
                .body("complete", equalTo(true)).body("targetsMet", equalTo(true)).body("ended", equalTo(true))
                .body("unapprovedMonths", equalTo(List.of()));
        fx.as("coordinator").get("/api/v1/service-years/" + chiara + "/certificate").then().statusCode(404);
        for (String refused : List.of("volunteer4", "tutor", "admin", "socialworker")) {
            fx.as(refused).contentType(ContentType.JSON).post("/api/v1/service-years/" + chiara + "/certificate").then().statusCode(403);
        }
        String code = fx.as("coordinator").contentType(ContentType.JSON).post("/api/v1/service-years/" + chiara + "/certificate")
                .then().statusCode(201).body("code", matchesPattern("LC-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("volunteerName", equalTo("Chiara Marino")).body("issuedBy", equalTo("coordinator"))
                .extract().jsonPath().getString("code");
        fx.as("coordinator").contentType(ContentType.JSON).post("/api/v1/service-years/" + chiara + "/certificate").then().statusCode(409)
                .body("type", equalTo("/problems/conflict"));

        // the issue is in the audit trail
        fx.as("admin").get("/api/v1/audit?recordType=SERVICE_YEAR&recordId=" + chiara).then().statusCode(200)
                .body("findAll { it.action == 'ISSUE_CERTIFICATE' }.size()", equalTo(1))
                .body("find { it.action == 'ISSUE_CERTIFICATE' }.actor", equalTo("coordinator"));

        // the volunteer, her tutor and the coordinator read it; another volunteer gets 404
        Map<String, Object> year = fx.as("volunteer4").get("/api/v1/service-years/" + chiara).then().statusCode(200).extract().jsonPath().getMap("");
        byte[] pdf = fx.as("volunteer4").accept("application/pdf").get("/api/v1/service-years/" + chiara + "/certificate/certificate.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        fx.as("tutor").accept("application/pdf").get("/api/v1/service-years/" + chiara + "/certificate/certificate.pdf").then().statusCode(200);
        fx.as("volunteer").accept("application/pdf").get("/api/v1/service-years/" + chiara + "/certificate/certificate.pdf").then().statusCode(404);
        fx.as("volunteer2").get("/api/v1/service-years/" + chiara + "/certificate").then().statusCode(404);

        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        String text = all.toString();
        LocalDate start = LocalDate.parse((String) year.get("startDate"));
        assertTrue(text.contains("Attestato di fine servizio"), text);
        assertTrue(text.contains("Chiara Marino"), text);
        assertTrue(text.contains("Sportello sociale del Municipio 2") && text.contains("Viale Zara 100"), "project and seat: " + text);
        assertTrue(text.contains(start.format(DAY)), "the period's start: " + text);
        for (Category c : Category.values()) {
            assertTrue(text.contains(Texts.category(c, Locale.ITALIAN)), "category " + c + ": " + text);
        }
        assertTrue(text.contains(Texts.hours(java.time.Duration.ofHours(1322))) && text.contains(Texts.hours(java.time.Duration.ofHours(40)))
                && text.contains(Texts.hours(java.time.Duration.ofHours(38))), "the three targets: " + text);
        assertTrue(text.contains("Incontri con il tutor"), "the on-the-job training: " + text);
        assertTrue(text.contains(code), "the verification code: " + text);

        // the public page: no sign-in, the name and the period, nothing else
        String page = RestAssured.given().baseUri(fx.url("")).redirects().follow(false).queryParam("code", code.toLowerCase(Locale.ROOT).replace("-", " "))
                .get("/verify.xhtml").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Attestato valido") && page.contains("Chiara Marino") && page.contains(start.format(DAY)), page);
        assertFalse(page.contains("Sportello sociale") || page.contains("1322") || page.contains("chiara.marino"), "nothing but name and period");
        String wrong = RestAssured.given().baseUri(fx.url("")).queryParam("code", "LC-0000-0000-0000-0000").get("/verify.xhtml").then()
                .statusCode(200).extract().asString();
        assertTrue(wrong.contains("non valido") && !wrong.contains("Chiara"), wrong);
    }

    @Test
    void aYearThatIsNotCompleteIsRefusedWithTheReason() {
        long giulia = yearOf("volunteer");
        fx.as("coordinator").get("/api/v1/service-years/" + giulia + "/certificate/readiness").then().statusCode(200)
                .body("complete", equalTo(false)).body("ended", equalTo(false));
        String detail = fx.as("coordinator").contentType(ContentType.JSON).post("/api/v1/service-years/" + giulia + "/certificate").then()
                .statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/year-not-complete"))
                .extract().jsonPath().getString("detail");
        assertTrue(detail.contains("non è ancora concluso"), detail);
        fx.as("coordinator").header("Accept-Language", "en").contentType(ContentType.JSON).post("/api/v1/service-years/" + giulia + "/certificate")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.startsWith("The service year has not ended yet"));
        fx.as("volunteer").get("/api/v1/service-years/" + yearOf("volunteer4") + "/certificate/readiness").then().statusCode(404);
        assertEquals(409, fx.as("coordinator").contentType(ContentType.JSON).post("/api/v1/service-years/" + giulia + "/certificate").statusCode());
    }
}
