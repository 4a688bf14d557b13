package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CurrentUser;
import it.milano.levacivica.portal.application.SecondFactorService;
import it.milano.levacivica.portal.application.SecondFactorService.Enrolment;
import it.milano.levacivica.portal.infrastructure.security.SignedInCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The caller enrols an authenticator app: a QR code (and the key as text) of a new secret kept in this
 * view only, then a code of the app confirms it; the recovery codes are shown once, here.
 */
@Named
@ViewScoped
public class SecondFactorEnrolment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecondFactorService service;
    @Inject
    private CurrentUser user;
    /** Whether social workers, coordinators and administrators must enrol (read at construction: a view-scoped bean cannot hold a config injection). */
    private boolean required;

    private SecondFactorService.Status status;
    private String secret;
    private String code;
    private List<String> recoveryCodes;

    @PostConstruct
    void load() {
        required = ConfigProvider.getConfig().getOptionalValue("portal.secondFactor.required", Boolean.class).orElse(true);
        status = service.status();
        if (!status.enrolled()) {
            secret = service.newSecret();
        }
    }

    /** Confirms the app with the code it shows; on success the recovery codes appear. */
    public void confirm() {
        Enrolment e = FacesFeedback.call("enrolForm", () -> service.enrol(secret, code), "secondFactor.enrolled");
        if (e != null) {
            recoveryCodes = e.recoveryCodes();
            SignedInCaller.strengthen((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
                    e.securityStamp());
            status = service.status();
            secret = null;
            code = null;
        }
    }

    /** @return whether the caller's role requires a second factor and none is enrolled yet */
    public boolean isRequiredNow() {
        return required && !status.enrolled()
                && SecondFactorService.STRONG_ROLES.stream().anyMatch(user::is);
    }

    /** @return the QR code of the new secret, as a data URI */
    public String getQrCode() {
        return secret == null ? null : QrSvg.dataUri(service.otpauthUri(secret, user.name()));
    }

    /** @return the new secret in groups of four, to type by hand */
    public String getGroupedSecret() {
        return secret == null ? null : secret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    public SecondFactorService.Status getStatus() { return status; }
    public List<String> getRecoveryCodes() { return recoveryCodes; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
