package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /**
     * The request attribute where the authentication mechanism puts the groups it hands the container for this
     * request's caller. The groups are the role names (glassfish-web.xml maps each group to the role of the same name),
     * so they answer {@link #is} without going through the server's authorization policy for every question.
     */
    public static final String GRANTED = CurrentUser.class.getName() + ".granted";

    /** What the authentication mechanism granted this request's caller: their name and groups. */
    public record Granted(String name, Set<String> groups) {
        public Granted {
            Objects.requireNonNull(name, "name");
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    private Instance<HttpServletRequest> request;

    /** The roles asked of the server in this request, and whose they are (a sign-in within the request starts them again). */
    private final Map<Role, Boolean> roles = new EnumMap<>(Role.class);
    private String rolesOf;

    /**
     * @param role a role
     * @return whether the caller holds it: from the groups the authentication mechanism granted in this request, or
     *         else asked of the server once per role and request (a page asks dozens of times)
     */
    public boolean is(Role role) {
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            return false;
        }
        Granted granted = granted();
        if (granted != null && granted.name().equals(p.getName())) {
            return granted.groups().contains(role.name());
        }
        if (!p.getName().equals(rolesOf)) {
            roles.clear();
            rolesOf = p.getName();
        }
        return roles.computeIfAbsent(role, r -> security.isCallerInRole(r.name()));
    }

    private Granted granted() {
        try {
            return request.get().getAttribute(GRANTED) instanceof Granted g ? g : null;
        } catch (RuntimeException noRequest) {
            return null; // a scheduled job: no request, nobody signed in
        }
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
