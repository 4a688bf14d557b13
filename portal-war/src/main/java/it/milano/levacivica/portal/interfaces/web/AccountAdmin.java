package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.application.PeopleService.AccountChange;
import it.milano.levacivica.portal.domain.people.LoginFailure;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The administrator's page: accounts, roles, sign-in permission, passwords, failed sign-ins. */
@Named
@ViewScoped
public class AccountAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleService service;
    @Inject
    private it.milano.levacivica.portal.application.SecondFactorService secondFactors;

    private final NamedPages<Person> browser = new NamedPages<>();
    private List<LoginFailure> failures;
    private Long editingId;
    private Long editingVersion;
    private String username;
    private String fullName;
    private String email;
    private Role[] roles = new Role[0];
    private boolean enabled;
    private String newPassword;
    private Integer municipio;
    private String fiscalCode;
    private String fiscalCodeBefore;
    private boolean secondFactor;

    @PostConstruct
    void load() {
        browser.first(pages());
        failures = service.loginFailures();
    }

    private void refresh() {
        browser.reload(pages());
        failures = service.loginFailures();
    }

    /** Shows the first page of accounts whose name or user name starts with the search text. */
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

    /** @param p the account to load into the form */
    public void edit(Person p) {
        editingId = p.getId();
        editingVersion = p.getVersion();
        username = p.getUsername();
        fullName = p.getFullName();
        email = p.getEmail();
        roles = p.getRoles().toArray(new Role[0]);
        enabled = p.isEnabled();
        municipio = p.getMunicipio();
        fiscalCode = p.getFiscalCode();
        fiscalCodeBefore = fiscalCode;
        secondFactor = secondFactors.isEnrolled(p.getId());
        newPassword = null;
    }

    /** Saves name, e-mail, roles and the enabled flag. */
    public void save() {
        if (editingId == null) {
            return;
        }
        AccountChange cmd = new AccountChange(fullName, email, roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(java.util.Arrays.asList(roles)),
                enabled, editingVersion, municipio);
        boolean fiscalCodeChanged = !java.util.Objects.equals(blankToNull(fiscalCode), blankToNull(fiscalCodeBefore));
        if (fiscalCodeChanged && !FacesFeedback.run("accountForm", () -> service.setFiscalCode(editingId, fiscalCode), null)) {
            return;
        }
        if (fiscalCodeChanged) {
            // the fiscal code's change moved the account's version on
            editingVersion = service.get(editingId).getVersion();
            fiscalCodeBefore = fiscalCode;
        }
        Long version = editingVersion;
        AccountChange cmd2 = new AccountChange(cmd.fullName(), cmd.email(), cmd.roles(), cmd.enabled(), version, cmd.municipio());
        if (FacesFeedback.run("accountForm", () -> service.updateAccount(editingId, cmd2), "account.saved")) {
            editingId = null;
            refresh();
        }
    }

    /** Sets the new password typed in the form. */
    public void resetPassword() {
        if (editingId != null && FacesFeedback.run("accountForm", () -> service.resetPassword(editingId, newPassword), "account.passwordSet")) {
            newPassword = null;
            editingId = null;
            refresh();
        }
    }

    /** Removes the edited account's second factor (e.g. a lost phone); audited, its sessions end. */
    public void resetSecondFactor() {
        if (editingId != null && FacesFeedback.run("accountForm", () -> secondFactors.reset(editingId), "account.secondFactorReset")) {
            editingId = null;
            refresh();
        }
    }

    public boolean isSecondFactor() { return secondFactor; }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getFiscalCode() { return fiscalCode; }
    public void setFiscalCode(String fiscalCode) { this.fiscalCode = fiscalCode; }
    public Role[] getAllRoles() { return Role.values(); }
    private NamedPages.Source<Person> pages() {
        return new NamedPages.Source<>((text, name, id, max) -> service.search(text, null, name, id, max), Person::getFullName, Person::getId);
    }

    public NamedPages<Person> getBrowser() { return browser; }
    public List<LoginFailure> getFailures() { return failures; }
    public Long getEditingId() { return editingId; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getNewPassword() { return newPassword; }
    public Integer getMunicipio() { return municipio; }
    public void setMunicipio(Integer municipio) { this.municipio = municipio; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
