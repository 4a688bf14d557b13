package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.application.PeopleService.NewPerson;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The coordinator's page of people: registers volunteers and tutors. */
@Named
@ViewScoped
public class PeopleAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeopleService service;

    private final NamedPages<Person> browser = new NamedPages<>();
    private String username;
    private String fullName;
    private String email;
    private String password;
    private Role role = Role.VOLUNTEER;
    private String fiscalCode;
    private Person fiscalCodePerson;
    private String otherFiscalCode;

    @PostConstruct
    void load() {
        browser.first(pages());
    }

    /** @param text what was typed @return the first people whose name or user name starts with it */
    public List<Person> completePerson(String text) {
        return service.search(text, null, null, null, 20);
    }

    /** Shows the first page of people whose name or user name starts with the search text. */
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

    /** Registers the person of the form. */
    public void register() {
        NewPerson cmd = new NewPerson(username, fullName, email, password, role == null ? EnumSet.noneOf(Role.class) : EnumSet.of(role), null, fiscalCode);
        if (FacesFeedback.run("personForm", () -> service.create(cmd), "person.saved")) {
            username = null;
            fullName = null;
            email = null;
            password = null;
            fiscalCode = null;
            load();
        }
    }

    /** Sets (or, left empty, removes) the fiscal code of the person chosen in the second form. */
    public void saveFiscalCode() {
        if (fiscalCodePerson != null && FacesFeedback.run("fiscalCodeForm",
                () -> service.setFiscalCode(fiscalCodePerson.getId(), otherFiscalCode), "person.fiscalCode.saved")) {
            otherFiscalCode = null;
            load();
        }
    }

    /** @return the roles a coordinator may give */
    public Role[] getRoles() {
        return new Role[] {Role.VOLUNTEER, Role.TUTOR};
    }

    private NamedPages.Source<Person> pages() {
        return new NamedPages.Source<>((text, name, id, max) -> service.search(text, null, name, id, max), Person::getFullName, Person::getId);
    }

    public NamedPages<Person> getBrowser() { return browser; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getFiscalCode() { return fiscalCode; }
    public void setFiscalCode(String fiscalCode) { this.fiscalCode = fiscalCode; }
    public Person getFiscalCodePerson() { return fiscalCodePerson; }
    public void setFiscalCodePerson(Person fiscalCodePerson) { this.fiscalCodePerson = fiscalCodePerson; }
    public String getOtherFiscalCode() { return otherFiscalCode; }
    public void setOtherFiscalCode(String otherFiscalCode) { this.otherFiscalCode = otherFiscalCode; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
