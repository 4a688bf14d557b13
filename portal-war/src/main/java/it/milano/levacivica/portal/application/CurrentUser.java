package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

/**
 * The person making this request, as the services see it. Every permission check goes through here.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private PersonRepository people;

    private Person person;

    /** @return whether someone is signed in */
    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** @return the caller's user name @throws AccessDeniedException if nobody is signed in */
    public String name() {
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            throw new AccessDeniedException("error.forbidden");
        }
        return p.getName();
    }

    /** @param role a role @return whether the caller holds it */
    public boolean is(Role role) {
        return isSignedIn() && security.isCallerInRole(role.name());
    }

    /**
     * @param roles roles that allow the action
     * @throws AccessDeniedException unless the caller holds one of them
     */
    public void require(Role... roles) {
        if (Arrays.stream(roles).noneMatch(this::is)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /** @return the caller's account @throws AccessDeniedException if nobody is signed in */
    public Person person() {
        if (person == null) {
            Principal p = security.getCallerPrincipal();
            if (p == null) {
                throw new AccessDeniedException("error.forbidden");
            }
            person = people.findByUsername(p.getName()).orElseThrow(() -> new AccessDeniedException("error.forbidden"));
        }
        return person;
    }
}
