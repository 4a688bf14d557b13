package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CertificateService;
import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's end-of-service certificates: every year whose last day has passed, whether it is complete
 * (and if not, why), the certificate once issued with its PDF, and the button that issues it.
 */
@Named
@ViewScoped
public class CertificateDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A finished year on the page. */
    public record Row(long id, String volunteer, String project, LocalDate start, LocalDate end, CertificateService.Readiness readiness)
            implements Serializable {
    }

    @Inject
    private CertificateService certificates;
    @Inject
    private ServiceYearService years;
    @Inject
    private Clock clock;

    private final NamedPages<Row> browser = new NamedPages<>();

    @PostConstruct
    void load() {
        browser.first(pages());
    }

    /** Ended years, a page at a time in order of name: their readiness is computed for the page shown only. */
    private NamedPages.Source<Row> pages() {
        return new NamedPages.Source<>((text, name, id, max) -> {
            List<Row> read = new ArrayList<>();
            for (ServiceYear y : years.search(text, LocalDate.now(clock), name, id, max)) {
                read.add(new Row(y.getId(), y.getVolunteer().getFullName(), y.getProject().getName(), y.getStartDate(), y.getLastDay(),
                        certificates.readiness(y.getId())));
            }
            return read;
        }, Row::volunteer, Row::id);
    }

    /** Shows the first page of ended years whose volunteer's name or user name starts with the search text. */
    public void search() {
        browser.first(pages());
    }

    /** Shows the next page. */
    public void next() {
        browser.next(pages());
    }

    /** Shows the previous page. */
    public void previous() {
        browser.previous(pages());
    }

    public void issue(long id) {
        FacesFeedback.run(null, () -> certificates.issue(id), "certificate.issuedNow");
        browser.reload(pages());
    }

    /** @return the reason a year is not complete, as a message key */
    public String reason(CertificateService.Readiness r) {
        if (!r.inService()) {
            return "certificate.notComplete.status";
        }
        if (!r.targetsMet()) {
            return "certificate.notComplete.targets";
        }
        if (!r.unapprovedMonths().isEmpty()) {
            return "certificate.notComplete.monthsShort";
        }
        return "certificate.ready";
    }

    public NamedPages<Row> getBrowser() { return browser; }
}
