package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** What the API returns: small views of the domain, never entities. */
public final class Views {

    private Views() {
    }

    /** The caller. */
    public record Me(long id, String username, String fullName, String email, Set<Role> roles) {
        static Me of(Person p) {
            return new Me(p.getId(), p.getUsername(), p.getFullName(), p.getEmail(), new TreeSet<>(p.getRoles()));
        }
    }

    /** A person, as coordinators and administrators see them. */
    public record PersonView(long id, String username, String fullName, String email, Set<Role> roles, boolean enabled,
            Integer municipio, long version, String fiscalCode) {
        static PersonView of(Person p) {
            return new PersonView(p.getId(), p.getUsername(), p.getFullName(), p.getEmail(), new TreeSet<>(p.getRoles()),
                    p.isEnabled(), p.getMunicipio(), p.getVersion(), p.getFiscalCode());
        }
    }

    /** A project. */
    public record ProjectView(long id, String name, String seatAddress, int seats, String programme, long version) {
        static ProjectView of(Project p) {
            return new ProjectView(p.getId(), p.getName(), p.getSeatAddress(), p.getSeats(), p.getProgramme(), p.getVersion());
        }
    }

    /** A person named in another record. */
    public record PersonRef(long id, String fullName) {
        static PersonRef of(Person p) {
            return new PersonRef(p.getId(), p.getFullName());
        }
    }

    /** A service year; {@code lastDay} is the last day of service, {@code endDate} the day after it. */
    public record ServiceYearView(long id, PersonRef volunteer, PersonRef tutor, long projectId, String projectName,
            String programme, LocalDate startDate, LocalDate lastDay, LocalDate endDate, ServiceYearStatus status, long version) {
        static ServiceYearView of(ServiceYear y) {
            return new ServiceYearView(y.getId(), PersonRef.of(y.getVolunteer()), PersonRef.of(y.getTutor()),
                    y.getProject().getId(), y.getProject().getName(), y.getProject().getProgramme(), y.getStartDate(),
                    y.getLastDay(), y.getEndDate(), y.getStatus(), y.getVersion());
        }
    }
}
