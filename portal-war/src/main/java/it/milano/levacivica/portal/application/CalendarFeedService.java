package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.calendar.CalendarEvent;
import it.milano.levacivica.portal.domain.calendar.CalendarFeedRepository;
import it.milano.levacivica.portal.domain.calendar.CalendarFeedRepository.Feed;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.Secrets;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository;
import it.milano.levacivica.portal.domain.rst.RstRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The private calendar feed (<i>calendario personale</i>, issue 18): each person may have one secret URL that
 * calendar applications read without signing in. The token is 256 random bits shown once; only its SHA-256 is
 * kept ({@link Secrets}, as API tokens). Making a new one revokes the old; revoking answers 404 at once. Making and
 * revoking are audited, the token never.
 *
 * <p>What a feed lists, only the person's own records, as codes, numbers and dates (a calendar is copied to the
 * servers of whoever runs the calendar application, so nothing in it names a person or carries case content):
 * <ul>
 *   <li>volunteer: their check-ins, their tasks' due days (a case's pseudonymous code at most), their days of leave
 *       (not sickness: health data), and the day each month's timesheet is due ({@link ReminderService#submissionDue});</li>
 *   <li>tutor: the check-ins of their volunteers' years (by year number) and the day each month waiting for them
 *       should be decided ({@link ReminderService#approvalDue});</li>
 *   <li>social worker: due days of tasks about their cases (responsible or collaborator), the 16-month and last
 *       allowed day of their placements ({@link RstRules}), and the Social Pact's verification steps, by case code;</li>
 *   <li>coordinator and administrator: nothing of their own role (their work is counts, not dated records).</li>
 * </ul>
 * Events run from {@value #MONTHS_BACK} months ago to {@value #MONTHS_AHEAD} months ahead.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    /** How far back a feed reaches, in months. */
    public static final int MONTHS_BACK = 12;
    /** How far ahead a feed reaches, in months. */
    public static final int MONTHS_AHEAD = 18;
    /** What a presented token may look like (a new one is 43 characters); anything else is not looked up. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    /**
     * A feed just made: the only time its token is seen.
     *
     * @param feed the feed
     * @param token the secret to put in the URL
     */
    public record Made(Feed feed, String token) {
    }

    /**
     * What a feed shows.
     *
     * @param locale the language chosen for reminders (Italian unless the person chose English)
     * @param events the events, by day
     * @param generatedAt when it was made (DTSTAMP)
     */
    public record Content(Locale locale, List<CalendarEvent> events, Instant generatedAt) {
    }

    @Inject
    private CalendarFeedRepository feeds;
    @Inject
    private PersonRepository people;
    @Inject
    private ReminderRepository reminderSettings;
    @Inject
    private ReminderService reminders;
    @Inject
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.calendar.addressMisses", defaultValue = "100")
    private int addressMisses;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.calendar.addressWindowMinutes", defaultValue = "10")
    private int addressWindowMinutes;

    private AddressBudget misses;

    @jakarta.annotation.PostConstruct
    void init() {
        misses = new AddressBudget(addressMisses, java.time.Duration.ofMinutes(addressWindowMinutes));
    }

    /** @return the caller's feed, if they have one (never its token) */
    public Optional<Feed> mine() {
        return feeds.active(me());
    }

    /**
     * Makes a new feed for the caller; the one they had stops working at once.
     *
     * @return it, with its token (shown once)
     */
    public Made create() {
        long me = me();
        LocalDateTime now = now();
        List<Long> revoked = feeds.revokeAll(me, now);
        String token = Secrets.random256();
        long id = feeds.add(me, Secrets.hash(token), now);
        audit.record("CREATE", "CALENDAR_FEED", id, revoked.isEmpty() ? null : "replaces " + revoked);
        return new Made(feeds.active(me).orElseThrow(), token);
    }

    /**
     * Revokes the caller's feed: its URL answers 404 from now on.
     *
     * @throws NotFoundException if they have none
     */
    public void revoke() {
        List<Long> revoked = feeds.revokeAll(me(), now());
        if (revoked.isEmpty()) {
            throw new NotFoundException("error.notFound");
        }
        for (long id : revoked) {
            audit.record("REVOKE", "CALENDAR_FEED", id, null);
        }
    }

    /**
     * Whether an address may present a feed token now: each unknown or revoked token it presented spent one of
     * {@code portal.calendar.addressMisses} (100) per {@code portal.calendar.addressWindowMinutes} (10); with none
     * left it is refused before any lookup. Guessing 256 bits is hopeless anyway: this bounds the work an address
     * can cause. Valid tokens cost nothing, so the shared addresses of calendar services are not throttled by
     * their users' feeds.
     *
     * @param address the client's address
     * @return whether to look the token up
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean allows(String address) {
        return misses.allows(address);
    }

    /**
     * What the feed of a presented token shows. Nobody is signed in: the token is the only credential.
     *
     * @param token the token from the URL
     * @param address the client's address (an unknown token spends its budget, see {@link #allows})
     * @return the feed's content, or empty when the token is unknown, revoked, or its account disabled
     */
    public Optional<Content> read(String token, String address) {
        Optional<Content> content = read(token);
        if (content.isEmpty()) {
            misses.spend(address);
        }
        return content;
    }

    private Optional<Content> read(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<Feed> feed = feeds.activeByHash(Secrets.hash(token));
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> owner = people.find(feed.get().personId()).filter(Person::isEnabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        feeds.markUsed(feed.get().id(), now, now.minusMinutes(1));
        Locale locale = "en".equals(reminderSettings.setting(owner.get().getId()).language()) ? Locale.ENGLISH : Locale.ITALIAN;
        return Optional.of(new Content(locale, events(owner.get(), LocalDate.now(clock)), clock.instant()));
    }

    /** @return the events of the person's roles around {@code today}, by day, each record once */
    List<CalendarEvent> events(Person p, LocalDate today) {
        LocalDate from = today.minusMonths(MONTHS_BACK);
        LocalDate to = today.plusMonths(MONTHS_AHEAD);
        long id = p.getId();
        Map<String, CalendarEvent> events = new LinkedHashMap<>();
        List<CalendarEvent> all = new ArrayList<>();
        if (p.getRoles().contains(Role.VOLUNTEER)) {
            for (var c : feeds.checkInsAsVolunteer(id, from, to)) {
                all.add(CalendarEvent.timed("checkin-" + c.id(), c.heldAt(), c.minutes(),
                        c.confirmed() ? "calendar.checkIn.volunteer" : "calendar.checkIn.volunteer.unconfirmed", "/volunteer/home.xhtml"));
            }
            for (var t : feeds.tasksAsVolunteer(id, from, to)) {
                all.add(task(t, "/volunteer/home.xhtml"));
            }
            for (var l : feeds.leaveDays(id, from, to)) {
                all.add(CalendarEvent.allDay("leave-" + l.id(), l.day(), "calendar.leave", month(l.serviceYearId(), YearMonth.from(l.day()))));
            }
            Map<String, String> statuses = new HashMap<>();
            feeds.monthsAsVolunteer(id).forEach(m -> statuses.put(m.serviceYearId() + "/" + m.month(), m.status()));
            for (var y : feeds.yearsAsVolunteer(id)) {
                for (YearMonth m = YearMonth.from(y.start()); !m.isAfter(YearMonth.from(y.end())); m = m.plusMonths(1)) {
                    LocalDate due = reminders.submissionDue(m);
                    if (due.isBefore(from) || !due.isBefore(to)) {
                        continue;
                    }
                    String status = statuses.getOrDefault(y.id() + "/" + m, "OPEN");
                    boolean sent = "SUBMITTED".equals(status) || "APPROVED".equals(status);
                    all.add(CalendarEvent.allDay("timesheet-" + y.id() + "-" + m, due, sent ? "calendar.timesheet.sent" : "calendar.timesheet.due",
                            month(y.id(), m), m));
                }
            }
        }
        if (p.getRoles().contains(Role.TUTOR)) {
            for (var c : feeds.checkInsAsTutor(id, from, to)) {
                all.add(CalendarEvent.timed("checkin-" + c.id(), c.heldAt(), c.minutes(),
                        c.confirmed() ? "calendar.checkIn.tutor" : "calendar.checkIn.tutor.unconfirmed", "/tutor/checkins.xhtml",
                        Long.toString(c.serviceYearId())));
            }
            for (var w : feeds.waitingForTutor(id)) {
                LocalDate due = reminders.approvalDue(w.submittedAt());
                if (!due.isBefore(from) && due.isBefore(to)) {
                    all.add(CalendarEvent.allDay("approval-" + w.timesheetId(), due, "calendar.approval", month(w.serviceYearId(), w.month()),
                            w.month(), Long.toString(w.serviceYearId())));
                }
            }
        }
        if (p.getRoles().contains(Role.SOCIAL_WORKER)) {
            for (var t : feeds.caseTasks(id, from, to)) {
                all.add(task(t, "/socialworker/home.xhtml"));
            }
            for (var pl : feeds.placements(id)) {
                String link = "/socialworker/placement.xhtml?id=" + pl.id();
                LocalDate planExit = pl.firstStart().plusMonths(RstRules.EXIT_PLANNING_MONTHS);
                LocalDate lastDay = RstRules.lastAllowedDay(pl.firstStart());
                if (!planExit.isBefore(from) && planExit.isBefore(to)) {
                    all.add(CalendarEvent.allDay("placement16-" + pl.id(), planExit, "calendar.placement.planExit", link,
                            Long.toString(pl.id()), pl.caseCode()));
                }
                if (!lastDay.isBefore(from) && lastDay.isBefore(to)) {
                    all.add(CalendarEvent.allDay("placement18-" + pl.id(), lastDay, "calendar.placement.lastDay", link,
                            Long.toString(pl.id()), pl.caseCode()));
                }
            }
            for (var s : feeds.pactSteps(id, from, to)) {
                all.add(CalendarEvent.allDay("pactstep-" + s.id(), s.due(), s.checked() ? "calendar.pactStep.done" : "calendar.pactStep",
                        "/socialworker/placement.xhtml?id=" + s.placementId(), s.caseCode()));
            }
        }
        all.forEach(e -> events.putIfAbsent(e.uid(), e));
        return events.values().stream().sorted(Comparator.comparing(CalendarEvent::date).thenComparing(CalendarEvent::uid)).toList();
    }

    private static CalendarEvent task(CalendarFeedRepository.TaskRow t, String link) {
        boolean done = "DONE".equals(t.status());
        String key = "calendar.task" + (t.caseCode() == null ? "" : ".case") + (done ? ".done" : "");
        return t.caseCode() == null ? CalendarEvent.allDay("task-" + t.id(), t.due(), key, link, Long.toString(t.id()))
                : CalendarEvent.allDay("task-" + t.id(), t.due(), key, link, Long.toString(t.id()), t.caseCode());
    }

    private static String month(long serviceYearId, YearMonth m) {
        return "/year/month.xhtml?id=" + serviceYearId + "&month=" + m;
    }

    private long me() {
        return caller.person().getId();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
