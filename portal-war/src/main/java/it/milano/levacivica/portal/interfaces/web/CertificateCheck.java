package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CertificateService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The public verification page ({@code /verify.xhtml?code=...}, no sign-in): valid or not, and for a valid code
 * only the volunteer's name and the period. A plain GET form: no session, no view state.
 */
@Named
@RequestScoped
public class CertificateCheck {

    @Inject
    private CertificateService certificates;

    private String code;
    private Optional<CertificateService.Verification> result = Optional.empty();

    @PostConstruct
    void check() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code != null && !code.isBlank()) {
            result = certificates.verify(code);
        }
    }

    public boolean isAsked() { return code != null && !code.isBlank(); }
    public boolean isValid() { return result.isPresent(); }
    public CertificateService.Verification getResult() { return result.orElse(null); }
    public String getCode() { return code == null ? "" : code.length() > 40 ? code.substring(0, 40) : code; }
}
