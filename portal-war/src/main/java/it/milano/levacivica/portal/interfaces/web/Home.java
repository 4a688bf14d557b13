package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CurrentUser;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Where each role lands after sign-in, and the navigation it sees. */
@Named
@RequestScoped
public class Home {

    /** A link of the navigation. */
    public record Link(String outcome, String labelKey) {
    }

    @Inject
    private CurrentUser user;

    /** @return the home page of the caller's first role, as a Faces outcome with redirect */
    public String redirect() {
        if (user.is(Role.VOLUNTEER)) {
            return "/volunteer/home?faces-redirect=true";
        }
        if (user.is(Role.TUTOR)) {
            return "/tutor/home?faces-redirect=true";
        }
        if (user.is(Role.SOCIAL_WORKER)) {
            return "/socialworker/home?faces-redirect=true";
        }
        if (user.is(Role.COORDINATOR)) {
            return "/coordinator/projects?faces-redirect=true";
        }
        if (user.is(Role.ADMIN)) {
            return "/admin/accounts?faces-redirect=true";
        }
        return "/error/forbidden?faces-redirect=true";
    }

    /** @return the pages the caller's roles open */
    public List<Link> getLinks() {
        List<Link> links = new ArrayList<>();
        if (user.is(Role.VOLUNTEER)) {
            links.add(new Link("/volunteer/home", "nav.volunteer.home"));
            links.add(new Link("/volunteer/week", "week.title"));
            links.add(new Link("/year/month", "month.title"));
        }
        if (user.is(Role.TUTOR)) {
            links.add(new Link("/tutor/home", "nav.tutor.home"));
            links.add(new Link("/tutor/checkins", "checkin.title"));
        }
        if (user.is(Role.SOCIAL_WORKER)) {
            links.add(new Link("/socialworker/home", "nav.socialworker.home"));
        }
        if (user.is(Role.COORDINATOR)) {
            links.add(new Link("/coordinator/projects", "nav.coordinator.projects"));
            links.add(new Link("/coordinator/serviceYears", "nav.coordinator.serviceYears"));
            links.add(new Link("/coordinator/people", "nav.coordinator.people"));
            links.add(new Link("/coordinator/statistics", "case.statistics"));
            links.add(new Link("/coordinator/occupancy", "rst.occupancy"));
            links.add(new Link("/coordinator/certificates", "certificate.desk"));
            links.add(new Link("/coordinator/report", "report.title"));
        }
        if (user.is(Role.ADMIN)) {
            links.add(new Link("/admin/accounts", "nav.admin.accounts"));
            links.add(new Link("/admin/audit", "audit.title"));
            links.add(new Link("/admin/reminders", "reminders.admin.title"));
        }
        if (user.isSignedIn()) {
            links.add(new Link("/account/reminders", "reminders.title"));
            links.add(new Link("/account/calendar", "nav.calendar"));
        }
        return links;
    }

    /** @return the caller's name, or empty when nobody is signed in */
    public String getName() {
        return user.isSignedIn() ? user.person().getFullName() : "";
    }
}
