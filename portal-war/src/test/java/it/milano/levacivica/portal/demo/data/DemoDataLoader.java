package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.portal.domain.people.PasswordHasher;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data, loaded only when {@code portal.demo=true} (the README's run command sets it) and only
 * into an empty database: the seed project, three volunteers whose years started on different dates,
 * their tutor, a social worker, a coordinator and an administrator, each with password {@code demo}.
 * Dates are relative to today, so the demo always shows years in progress.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** The demo accounts' password. */
    public static final String PASSWORD = "demo";

    /** The coordinator's demo API token (read-only): {@code Authorization: Bearer lcp_demo-coordinator-read-only}. */
    public static final String DEMO_TOKEN = "lcp_demo-coordinator-read-only";

    /**
     * The calendar feed tokens of the demo volunteer and tutor, so that their calendar pages show a feed at once and
     * the README can give its address: {@code http://localhost:8080/calendar/demo-volunteer-calendar-feed.ics}.
     */
    public static final java.util.Map<String, String> DEMO_FEEDS = java.util.Map.of(
            "volunteer", "demo-volunteer-calendar-feed", "tutor", "demo-tutor-calendar-feed");

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    private boolean demo;

    /** False on all instances of a cluster but one, which loads the data while the others start beside it. */
    @Inject
    @ConfigProperty(name = "portal.demo.loadData", defaultValue = "true")
    private boolean loadData;

    @Inject
    private PersonRepository people;
    @Inject
    private it.milano.levacivica.portal.domain.sspt.CaseRepository caseRepository;
    @Inject
    private it.milano.levacivica.portal.domain.rst.RstRepository rstRepository;
    @Inject
    private it.milano.levacivica.portal.domain.checkin.CheckInRepository checkIns;
    @Inject
    private ProjectRepository projects;
    @Inject
    private ServiceYearRepository years;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private it.milano.levacivica.portal.domain.timesheet.TimesheetRepository timesheets;
    @Inject
    private Clock clock;
    @Inject
    private it.milano.levacivica.portal.application.AuditTrail audit;
    @Inject
    private it.milano.levacivica.portal.domain.calendar.CalendarFeedRepository calendarFeeds;

    @PostConstruct
    void load() {
        if (!demo || !loadData) {
            return;
        }
        if (people.findByUsername("admin").isEmpty()) {
            loadPeople();
        }
        Person giulia = people.findByUsername("volunteer").orElseThrow();
        ServiceYear first = years.findByVolunteer(giulia.getId()).get(0);
        if (timesheets.ruleEntries(first.getId()).isEmpty()) {
            Person tutor = people.findByUsername("tutor").orElseThrow();
            long seed = 1;
            for (String username : new String[] {"volunteer", "volunteer2", "volunteer3"}) {
                Person v = people.findByUsername(username).orElseThrow();
                ServiceYear y = years.findByVolunteer(v.getId()).get(0);
                DemoHours.ThisWeek week = switch (username) {
                    case "volunteer" -> DemoHours.ThisWeek.CONFIRMED;
                    case "volunteer2" -> DemoHours.ThisWeek.WAITING_FOR_VOLUNTEER;
                    default -> DemoHours.ThisWeek.NONE;
                };
                DemoHours.load(y, tutor, timesheets, checkIns, clock, seed++, !"volunteer2".equals(username), week);
            }
            LOG.info("Demo hours, absences, check-ins, tasks and timesheets loaded");
        }
        if (people.findByUsername("volunteer4").isEmpty()) {
            Person chiara = new Person("volunteer4", "Chiara Marino", "chiara.marino@example.org", hasher.hash(PASSWORD.toCharArray()),
                    EnumSet.of(Role.VOLUNTEER), LocalDateTime.now(clock));
            people.add(chiara);
            DemoFinishedYear.load(people, projects, years, timesheets, checkIns, chiara, clock);
            LOG.info("Demo finished year loaded: volunteer4, ready for her end-of-service certificate");
        }
        if (caseRepository.count() == 0) {
            Person anna = people.findByUsername("socialworker").orElseThrow();
            anna.assignMunicipio(5);
            Person marta = people.findByUsername("socialworker2").orElseGet(() -> {
                Person p = new Person("socialworker2", "Marta Galli", "marta.galli@example.org", hasher.hash(PASSWORD.toCharArray()),
                        EnumSet.of(Role.SOCIAL_WORKER), LocalDateTime.now(clock));
                people.add(p);
                return p;
            });
            marta.assignMunicipio(2);
            DemoCases.load(caseRepository, checkIns, rstRepository, anna, marta, people.findByUsername("tutor").orElseThrow(),
                    first, LocalDate.now(clock));
            LOG.info("Demo SSPT cases loaded (Municipio 5: socialworker; Municipio 2: socialworker2)");
        }
        if (people.findByUsername("volunteer5").isEmpty()) {
            Person davide = new Person("volunteer5", "Davide Conti", "davide.conti@example.org", hasher.hash(PASSWORD.toCharArray()),
                    EnumSet.of(Role.VOLUNTEER), LocalDateTime.now(clock));
            people.add(davide);
            DemoYearReport.load(people, projects, years, timesheets, checkIns, caseRepository, rstRepository, davide, LocalDate.now(clock));
            LOG.info("Demo for the year's report loaded: volunteer5 withdrawn, tasks done about cases and placements");
        }
        if (people.recentLoginFailures(1).isEmpty()) {
            // a little security history for the administrator's pages: someone guessing the tutor's password
            // yesterday, and a social worker of Municipio 2 refused a case of Municipio 5
            LocalDateTime yesterday = LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(1);
            for (int i = 0; i < 3; i++) {
                people.recordLoginFailure(new it.milano.levacivica.portal.domain.people.LoginFailure("tutor", yesterday.plusSeconds(7L * i),
                        "203.0.113.45", "INVALID"));
            }
            caseRepository.inMunicipio(5).stream().findFirst()
                    .ifPresent(c -> audit.recordAs("socialworker2", "DENIED_READ", "CASE", c.getId(), null));
            LOG.info("Demo security history loaded (failed sign-ins, a refused case read)");
        }
        // fictional fiscal codes, so that the demo's SPID/CIE provider can sign the demo people in (DemoIdentities)
        DemoIdentities.FISCAL_CODES.forEach((username, code) -> people.findByUsername(username)
                .filter(p -> p.getFiscalCode() == null)
                .ifPresent(p -> p.assignFiscalCode(it.milano.levacivica.portal.domain.people.FiscalCode.parse(code))));
        Person coordinator = people.findByUsername("coordinator").orElseThrow();
        if (people.tokensOf(coordinator.getId()).isEmpty()) {
            // a read-only API token with a known value, so that a newcomer can try the API as a script would (README)
            people.addToken(new it.milano.levacivica.portal.domain.people.ApiToken(coordinator, "demo: export notturno", DEMO_TOKEN,
                    true, null, coordinator, LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC))));
        }
        DEMO_FEEDS.forEach((username, token) -> {
            String hash = it.milano.levacivica.portal.domain.people.Secrets.hash(token);
            Person p = people.findByUsername(username).orElseThrow();
            // once only: a demo feed revoked or replaced on the page stays so
            if (!calendarFeeds.known(hash) && calendarFeeds.active(p.getId()).isEmpty()) {
                calendarFeeds.add(p.getId(), hash, LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)));
            }
        });
        // load-test volunteers (portal.demo.loadVolunteers): LoadVolunteersStartup, outside this transaction
    }

    private void loadPeople() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        Person giulia = person("volunteer", "Giulia Rossi", "giulia.rossi@example.org", now, Role.VOLUNTEER);
        Person luca = person("volunteer2", "Luca Bianchi", "luca.bianchi@example.org", now, Role.VOLUNTEER);
        Person sara = person("volunteer3", "Sara Esposito", "sara.esposito@example.org", now, Role.VOLUNTEER);
        Person tutor = person("tutor", "Marco Ferri", "marco.ferri@example.org", now, Role.TUTOR);
        person("socialworker", "Anna Colombo", "anna.colombo@example.org", now, Role.SOCIAL_WORKER);
        person("coordinator", "Paolo Ricci", "paolo.ricci@example.org", now, Role.COORDINATOR);
        person("admin", "Elena Moretti", "elena.moretti@example.org", now, Role.ADMIN);

        Project sspt = new Project("Il Servizio Sociale Professionale Territoriale",
                "Comune di Milano, Direzione Politiche Sociali, Via Dogana 2/4, 20123 Milano", 3,
                RuleSets.LEVA_CIVICA.id());
        projects.add(sspt);

        year(giulia, sspt, tutor, thisMonday.minusWeeks(36));
        year(luca, sspt, tutor, thisMonday.minusWeeks(20));
        year(sara, sspt, tutor, thisMonday.minusWeeks(7));
        LOG.info("Demo accounts loaded: volunteer, volunteer2, volunteer3, tutor, socialworker, coordinator, admin (password 'demo')");
    }

    private Person person(String username, String name, String email, LocalDateTime now, Role role) {
        Person p = new Person(username, name, email, hasher.hash(PASSWORD.toCharArray()), EnumSet.of(role), now);
        people.add(p);
        return p;
    }

    private void year(Person volunteer, Project project, Person tutor, LocalDate start) {
        LocalDate end = it.milano.levacivica.core.rules.ServiceYear.of(start, RuleSets.LEVA_CIVICA).end();
        years.add(new ServiceYear(volunteer, project, tutor, start, end));
    }
}
