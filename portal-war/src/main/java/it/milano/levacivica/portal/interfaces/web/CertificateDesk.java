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
    public record Row(long id, String volunteer, String project, LocalDate start, LocalDate end, CertificateService.Readiness readiness) {
    }

    @Inject
    private CertificateService certificates;
    @Inject
    private ServiceYearService years;
    @Inject
    private Clock clock;

    private transient List<Row> rows;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(clock);
        rows = new ArrayList<>();
        for (ServiceYear y : years.visible()) {
            if (y.getLastDay().isBefore(today)) {
                rows.add(new Row(y.getId(), y.getVolunteer().getFullName(), y.getProject().getName(), y.getStartDate(), y.getLastDay(),
                        certificates.readiness(y.getId())));
            }
        }
    }

    public void issue(long id) {
        FacesFeedback.run(null, () -> certificates.issue(id), "certificate.issuedNow");
        load();
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

    public List<Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }
}
