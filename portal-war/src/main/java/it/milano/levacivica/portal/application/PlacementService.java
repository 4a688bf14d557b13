package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.rst.BeneficiaryCategory;
import it.milano.levacivica.portal.domain.rst.DeclaredStay;
import it.milano.levacivica.portal.domain.rst.HousingType;
import it.milano.levacivica.portal.domain.rst.HousingUnit;
import it.milano.levacivica.portal.domain.rst.Pact;
import it.milano.levacivica.portal.domain.rst.Placement;
import it.milano.levacivica.portal.domain.rst.RstRepository;
import it.milano.levacivica.portal.domain.rst.RstRules;
import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * RST placements, with the same access rules and audit as the case they belong to: housing units, the
 * placement of a person of a case (category matching the housing type, at most 18 months from the person's
 * first start as the portal knows it, never more people than places), the Social Pact (goals, verification
 * steps, three agreements), accompaniment, alerts, and occupancy counts for coordinators.
 */
@ApplicationScoped
@Transactional
public class PlacementService {

    /** A housing unit: name, type, Municipio (1–9), places (1–100), managing organisation; all required. */
    public record UnitCommand(String name, HousingType type, Integer municipio, Integer places, String managingOrg) {
    }

    /**
     * A placement to make.
     *
     * @param firstStart ignored unless earlier than the first start the portal knows, which is refused: the portal keeps
     *        the 18-month clock itself; an earlier stay is declared with {@code declaredFirstStart}
     * @param declaredFirstStart optional: the first day of a stay begun before the portal recorded placements; recorded
     *        with who declared it and audited when it is earlier than what the portal knows, ignored otherwise
     */
    public record PlacementCommand(Long memberId, Long unitId, BeneficiaryCategory category, LocalDate startDate, LocalDate plannedEnd,
            LocalDate firstStart, LocalDate declaredFirstStart) {
    }

    /** A later planned end, with the version read. */
    public record ExtendCommand(LocalDate plannedEnd, Long version) {
    }

    /** A goal of the Social Pact. */
    public record PactGoalCommand(Pact.Area area, String goal) {
    }

    /** A verification step of the Social Pact. */
    public record StepCommand(LocalDate dueDate, String description) {
    }

    /** The outcome recorded at a verification step. */
    public record OutcomeCommand(LocalDate checkedOn, String outcome) {
    }

    /** A party's agreement to the Social Pact, and its day. */
    public record AgreementCommand(Pact.Party party, LocalDate date) {
    }

    /** An activity of accompaniment or home support. */
    public record AccompanimentCommand(Pact.AccompanimentKind kind, LocalDate doneOn, String note) {
    }

    /** A person of the case to put on the waiting list, with their category. */
    public record WaitingCommand(Long memberId, BeneficiaryCategory category) {
    }

    /** A placement with its pact, accompaniment, and the earlier stays declared for its person. */
    public record PlacementFile(Placement placement, List<Pact.Goal> goals, List<Pact.Step> steps, List<Pact.Accompaniment> accompaniment,
            List<DeclaredStay> declaredStays) implements java.io.Serializable {
    }

    /** The social worker's alerts. */
    public record Alerts(List<Placement> timeToPlanExit, List<Placement> endingSoon, List<Pact.Step> overdueSteps) implements java.io.Serializable {
    }

    @Inject
    private RstRepository rst;
    @Inject
    private CaseService cases;
    @Inject
    private CaseRepository caseRepository;
    @Inject
    private CurrentUser caller;
    @Inject
    private TaskService tasks;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    public List<HousingUnit> units() {
        caller.require(Role.SOCIAL_WORKER, Role.COORDINATOR);
        return rst.units();
    }

    /** Coordinators and social workers register housing units. */
    public HousingUnit addUnit(UnitCommand cmd) {
        caller.require(Role.SOCIAL_WORKER, Role.COORDINATOR);
        FieldCheck.of(cmd).text("name", cmd.name(), 200).text("managingOrg", cmd.managingOrg(), 200)
                .range("municipio", cmd.municipio(), 1, 9, "case.validation.municipio").range("places", cmd.places(), 1, 100, "rst.validation.places")
                .required("type", cmd.type()).orThrow();
        HousingUnit u = new HousingUnit(cmd.name(), cmd.type(), cmd.municipio(), cmd.places(), cmd.managingOrg());
        rst.add(u);
        return u;
    }

    /**
     * Places a person of a case in a housing unit. The 18 months run from the person's first start as the portal
     * knows it ({@link RstRules#firstStart}): their earliest placement in any unit or earliest declared stay, or this
     * placement's start; a request cannot move it later. Refused: a category that does not match the housing type;
     * a planned end (of this or another placement of the person) past the last allowed day, which the message names;
     * a {@code firstStart} earlier than that clock (declare it instead); a unit with no free place in the period.
     * The person and then the unit are locked, so that their clock and the unit's last place are taken once.
     */
    public Placement place(long caseId, PlacementCommand cmd) {
        SsptCase c = cases.editableCase(caseId);
        FieldCheck.of(cmd).required("memberId", cmd.memberId()).required("unitId", cmd.unitId()).required("category", cmd.category())
                .required("startDate", cmd.startDate()).required("plannedEnd", cmd.plannedEnd()).orThrow();
        CaseDetail.Member member = caseRepository.members(c.getId()).stream().filter(m -> m.getId().equals(cmd.memberId())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("memberId", "rst.validation.member"));
        HousingUnit unit = rst.findUnit(cmd.unitId()).orElseThrow(() -> InvalidInputException.of("unitId", "rst.validation.unit"));
        BeneficiaryCategory category = cmd.category();
        LocalDate start = cmd.startDate();
        LocalDate end = cmd.plannedEnd();
        LocalDate claimed = cmd.firstStart();
        LocalDate declared = cmd.declaredFirstStart();
        if (!RstRules.compatible(category, unit.getType())) {
            throw new InvalidInputException("error.invalid", Map.of("unitId", "rst.validation.mismatch"));
        }
        if (end.isBefore(start)) {
            throw InvalidInputException.of("plannedEnd", "rst.validation.order");
        }
        if (declared != null && declared.isAfter(start)) {
            throw InvalidInputException.of("declaredFirstStart", "rst.validation.declaredOrder");
        }
        // Both locks before any read of placements: under REPEATABLE READ the first plain read of the transaction
        // fixes its snapshot, and a snapshot taken before waiting for a lock misses what its holder committed.
        rst.lock(member);
        rst.lock(unit);
        List<Placement> others = rst.ofMember(member.getId());
        LocalDate known = RstRules.firstStart(start, knownFirstStarts(others, member));
        boolean declares = declared != null && declared.isBefore(known);
        LocalDate first = declares ? declared : known;
        if (claimed != null && claimed.isBefore(first)) {
            throw InvalidInputException.of("firstStart", "rst.validation.firstStart");
        }
        LocalDate lastEnd = Stream.concat(Stream.of(end), others.stream().map(Placement::getPlannedEnd)).max(LocalDate::compareTo).orElseThrow();
        if (!RstRules.withinMaximum(first, lastEnd)) {
            throw new ConflictException("rst.error.maximum", RstRules.lastAllowedDay(first).toString(), first.toString());
        }
        if (rst.overlapping(unit.getId(), start, end, null) >= unit.getPlaces()) {
            throw new ConflictException("rst.error.full", unit.getPlaces());
        }
        Placement p = new Placement(c, member, unit, category, first, start, end);
        rst.add(p);
        others.forEach(o -> o.runClockFrom(first));
        if (declares) {
            rst.add(new DeclaredStay(member, declared, caller.person(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
            audit.record("DECLARE_STAY", "PLACEMENT", p.getId(), "member " + member.getId() + ": stay declared from " + declared);
        }
        rst.waiting(c.getMunicipio()).stream().filter(w -> w.getMember().getId().equals(member.getId())).forEach(
                it.milano.levacivica.portal.domain.rst.WaitingEntry::markPlaced);
        audit.record("PLACE", "PLACEMENT", p.getId(), c.getCode());
        return p;
    }

    /**
     * Extends a stay; never past 18 months from the person's first start as the portal knows it (their earliest
     * placement or declared stay), and only if the unit still has the place.
     */
    public Placement extend(long placementId, ExtendCommand cmd) {
        Placement p = editable(placementId);
        FieldCheck.of(cmd).required("plannedEnd", cmd.plannedEnd()).orThrow();
        if (cmd.version() != null && cmd.version() != p.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
        LocalDate end = cmd.plannedEnd();
        if (!end.isAfter(p.getPlannedEnd())) {
            throw InvalidInputException.of("plannedEnd", "rst.validation.later");
        }
        rst.lock(p.getMember());
        rst.lock(p.getUnit());
        LocalDate first = RstRules.firstStart(p.getStartDate(), knownFirstStarts(rst.ofMember(p.getMember().getId()), p.getMember()));
        if (!RstRules.withinMaximum(first, end)) {
            throw new ConflictException("rst.error.maximum", RstRules.lastAllowedDay(first).toString(), first.toString());
        }
        if (rst.overlapping(p.getUnit().getId(), p.getPlannedEnd().plusDays(1), end, p.getId()) >= p.getUnit().getPlaces()) {
            throw new ConflictException("rst.error.full", p.getUnit().getPlaces());
        }
        p.runClockFrom(first);
        p.extendTo(end);
        audit.record("EXTEND", "PLACEMENT", p.getId(), end.toString());
        return p;
    }

    /** @return the first starts the portal knows for the person: of their placements and of their declared stays */
    private List<LocalDate> knownFirstStarts(List<Placement> placements, CaseDetail.Member member) {
        List<LocalDate> known = new ArrayList<>();
        placements.forEach(p -> known.add(p.getFirstStart()));
        rst.declaredStays(member.getId()).forEach(d -> known.add(d.getFirstStart()));
        return known;
    }

    public PlacementFile open(long placementId) {
        return open(placementId, null);
    }

    /** @param reason why the caller reads it: required when its case is restricted (recorded in the audit trail) */
    public PlacementFile open(long placementId, String reason) {
        Placement p = readable(placementId, reason);
        audit.recordRead("READ", "PLACEMENT", p.getId(), p.getSsptCase().getCode());
        return new PlacementFile(p, rst.goals(p.getId()), rst.steps(p.getId()), rst.accompaniment(p.getId()),
                rst.declaredStays(p.getMember().getId()));
    }

    public List<Placement> ofCase(long caseId) {
        return ofCase(caseId, null);
    }

    /** @param reason why the caller reads them: required when the case is restricted (recorded in the audit trail) */
    public List<Placement> ofCase(long caseId, String reason) {
        SsptCase c = cases.readableCase(caseId, reason);
        List<Placement> list = rst.ofCase(c.getId());
        audit.recordRead("LIST", "PLACEMENT", null, "case " + c.getId() + ", " + list.size() + " placements");
        return list;
    }

    public Pact.Goal addGoal(long placementId, PactGoalCommand cmd) {
        Placement p = editable(placementId);
        FieldCheck.of(cmd).required("area", cmd.area()).text("goal", cmd.goal(), 500).orThrow();
        Pact.Goal g = new Pact.Goal(p, cmd.area(), cmd.goal());
        rst.add(g);
        audit.record("PACT_GOAL", "PLACEMENT", p.getId(), null);
        return g;
    }

    public Pact.Step addStep(long placementId, StepCommand cmd) {
        Placement p = editable(placementId);
        FieldCheck.of(cmd).required("dueDate", cmd.dueDate()).text("description", cmd.description(), 500).orThrow();
        Pact.Step s = new Pact.Step(p, cmd.dueDate(), cmd.description());
        rst.add(s);
        audit.record("PACT_STEP", "PLACEMENT", p.getId(), null);
        return s;
    }

    public Pact.Step recordOutcome(long stepId, OutcomeCommand cmd) {
        Pact.Step s = rst.findStep(stepId).orElseThrow(() -> new NotFoundException("error.notFound"));
        editable(s.getPlacement().getId());
        FieldCheck.of(cmd).required("checkedOn", cmd.checkedOn()).text("outcome", cmd.outcome(), 1000).orThrow();
        s.record(cmd.checkedOn(), cmd.outcome());
        audit.record("PACT_OUTCOME", "PLACEMENT", s.getPlacement().getId(), null);
        return s;
    }

    public Placement agree(long placementId, AgreementCommand cmd) {
        Placement p = editable(placementId);
        FieldCheck.of(cmd).required("party", cmd.party()).required("date", cmd.date()).orThrow();
        p.agree(cmd.party(), cmd.date());
        audit.record("PACT_AGREEMENT", "PLACEMENT", p.getId(), cmd.party().name());
        return p;
    }

    public Pact.Accompaniment addAccompaniment(long placementId, AccompanimentCommand cmd) {
        Placement p = editable(placementId);
        FieldCheck.of(cmd).required("kind", cmd.kind()).required("doneOn", cmd.doneOn())
                .that(cmd.note() == null || cmd.note().length() <= 1000, "note", "validation.note").orThrow();
        Pact.Accompaniment a = new Pact.Accompaniment(p, cmd.kind(), cmd.doneOn(), cmd.note(), caller.person());
        rst.add(a);
        audit.record("ACCOMPANIMENT", "PLACEMENT", p.getId(), a.getKind().name());
        return a;
    }

    /** A social worker gives a volunteer a task about a placement: the volunteer sees the task and the case code only. */
    public it.milano.levacivica.portal.domain.checkin.Task shareWithVolunteer(long placementId, long serviceYearId, TaskService.TaskCommand cmd) {
        Placement p = editable(placementId);
        var t = tasks.createForPlacement(serviceYearId, p, cmd);
        audit.record("SHARE_TASK", "PLACEMENT", p.getId(), "task " + t.getId() + " to " + t.getServiceYear().getVolunteer().getUsername());
        return t;
    }

    /**
     * The volunteer of a task about a placement records an activity of accompaniment or home support through
     * it; they never read the placement itself.
     */
    public Pact.Accompaniment accompanyThroughTask(long taskId, AccompanimentCommand cmd) {
        var t = tasks.visibleTask(taskId);
        if (t.getPlacement() == null || !t.getServiceYear().getVolunteer().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("error.task.notYours");
        }
        FieldCheck.of(cmd).required("kind", cmd.kind()).required("doneOn", cmd.doneOn())
                .that(cmd.note() == null || cmd.note().length() <= 1000, "note", "validation.note").orThrow();
        Pact.Accompaniment a = new Pact.Accompaniment(t.getPlacement(), cmd.kind(), cmd.doneOn(), cmd.note(), caller.person());
        rst.add(a);
        audit.record("ACCOMPANIMENT_BY_VOLUNTEER", "PLACEMENT", t.getPlacement().getId(), "task " + t.getId());
        return a;
    }

    /** Puts a person of a case on the waiting list for the housing type their category needs. */
    public it.milano.levacivica.portal.domain.rst.WaitingEntry wait(long caseId, WaitingCommand cmd) {
        SsptCase c = cases.editableCase(caseId);
        FieldCheck.of(cmd).required("memberId", cmd.memberId()).required("category", cmd.category()).orThrow();
        CaseDetail.Member member = caseRepository.members(c.getId()).stream().filter(m -> m.getId().equals(cmd.memberId())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("memberId", "rst.validation.member"));
        var w = new it.milano.levacivica.portal.domain.rst.WaitingEntry(c, member, cmd.category(), LocalDate.now(clock));
        rst.add(w);
        audit.record("WAITING_LIST", "CASE", c.getId(), w.getCategory().name());
        return w;
    }

    /** @return the waiting list of the caller's Municipio, oldest first */
    public List<it.milano.levacivica.portal.domain.rst.WaitingEntry> waitingList() {
        int m = cases.callerMunicipio();
        audit.recordRead("LIST", "WAITING_LIST", null, "municipio " + m);
        return rst.waiting(m);
    }

    /** The alerts of the caller's Municipio: 16 months reached, ending within 30 days, overdue pact steps. */
    public Alerts alerts() {
        int m = cases.callerMunicipio();
        LocalDate today = LocalDate.now(clock);
        List<Placement> active = rst.inMunicipio(m).stream().filter(p -> p.getEndedOn() == null && !p.getPlannedEnd().isBefore(today)).toList();
        audit.recordRead("LIST", "PLACEMENT", null, "alerts of municipio " + m);
        return new Alerts(active.stream().filter(p -> RstRules.timeToPlanExit(p.getFirstStart(), today)).toList(),
                active.stream().filter(p -> RstRules.endingSoon(p.getPlannedEnd(), today)).toList(),
                rst.stepsInMunicipio(m).stream().filter(s -> s.isOverdue(today)).toList());
    }

    /**
     * Places occupied in one housing type and one Municipio, after small-cell suppression.
     *
     * @param type the housing type
     * @param municipio 1 to 9
     * @param places how many people were placed there; null when suppressed
     * @param suppressed NONE when {@code places} is shown
     */
    public record Occupied(HousingType type, int municipio, Long places, SmallCells.Suppression suppressed) implements java.io.Serializable {
    }

    /**
     * The places occupied on the first day of a month.
     *
     * @param month the month
     * @param occupied by housing type and then Municipio; those with no one placed are left out; empty when withheld
     * @param withheld the month's counts are too small to show any of them ({@link SmallCells})
     */
    public record MonthOccupancy(YearMonth month, List<Occupied> occupied, boolean withheld) implements java.io.Serializable {
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.statistics.minCell", defaultValue = "3")
    private int minCell;

    /**
     * @return occupied places by housing type and Municipio on the first day of each of the last 12 months, oldest first:
     *         counts only, each month's small cells suppressed ({@link SmallCells})
     */
    public List<MonthOccupancy> occupancy() {
        caller.require(Role.COORDINATOR, Role.SOCIAL_WORKER);
        List<Placement> all = rst.all();
        List<MonthOccupancy> out = new ArrayList<>();
        YearMonth now = YearMonth.now(clock);
        for (int i = 11; i >= 0; i--) {
            LocalDate day = now.minusMonths(i).atDay(1);
            // by housing type, then Municipio (the key sorts so)
            Map<String, Long> counts = new TreeMap<>();
            Map<String, HousingUnit> cellUnit = new java.util.HashMap<>();
            for (Placement p : all) {
                if (!p.getStartDate().isAfter(day) && !p.getPlannedEnd().isBefore(day) && (p.getEndedOn() == null || p.getEndedOn().isAfter(day))) {
                    HousingUnit u = p.getUnit();
                    String key = u.getType().ordinal() + "/" + u.getMunicipio();
                    counts.merge(key, 1L, Long::sum);
                    cellUnit.putIfAbsent(key, u);
                }
            }
            SmallCells.Table<String> table = SmallCells.suppress(counts, minCell);
            List<Occupied> cells = table.cells().entrySet().stream().map(e -> new Occupied(cellUnit.get(e.getKey()).getType(),
                    cellUnit.get(e.getKey()).getMunicipio(), e.getValue().value(), e.getValue().suppressed())).toList();
            out.add(new MonthOccupancy(YearMonth.from(day), cells, table.withheld()));
        }
        return out;
    }

    private Placement readable(long id, String reason) {
        Placement p = rst.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        try {
            cases.readableCase(p.getSsptCase().getId(), reason);
        } catch (NotFoundException refused) {
            audit.recordRefusal("DENIED_READ", "PLACEMENT", p.getId(), null);
            throw refused;
        }
        return p;
    }

    private Placement editable(long id) {
        Placement p = rst.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        try {
            cases.editableCase(p.getSsptCase().getId());
        } catch (NotFoundException | AccessDeniedException refused) {
            audit.recordRefusal(refused instanceof NotFoundException ? "DENIED_READ" : "DENIED_UPDATE", "PLACEMENT", p.getId(), null);
            throw refused;
        }
        return p;
    }
}
