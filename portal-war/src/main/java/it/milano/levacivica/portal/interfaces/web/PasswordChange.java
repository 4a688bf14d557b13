package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CurrentUser;
import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.infrastructure.security.SignedInCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Anyone signed in changes their own password (the current one required); after an administrator's reset, they must. */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    private PeopleService people;
    @Inject
    private CurrentUser user;
    @Inject
    private HttpServletRequest request;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    /** @return whether an administrator's reset requires the change before anything else */
    public boolean isForced() {
        return user.person().isMustChangePassword();
    }

    /** @return to the caller's home once changed, with the confirmation kept across the redirect */
    public String save() {
        String stamp = FacesFeedback.call("passwordForm", () -> {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                throw InvalidInputException.of("confirmation", "validation.password.confirm");
            }
            return people.changeOwnPassword(currentPassword, newPassword);
        }, "password.changed");
        if (stamp == null) {
            return null;
        }
        SignedInCaller.keepSession(request, stamp);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/index?faces-redirect=true";
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
