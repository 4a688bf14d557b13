package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CaseService;
import it.milano.levacivica.portal.application.CaseService.CaseFile;
import it.milano.levacivica.portal.application.CaseService.TransitionCommand;
import it.milano.levacivica.portal.application.PortalException;
import it.milano.levacivica.portal.domain.sspt.CaseOutcome;
import it.milano.levacivica.portal.domain.sspt.CasePhase;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One case for its social workers: data, phase timeline, moving it on, plan, interventions, monitoring. Every view is audited. */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    private Long id;
    private String idParam;
    private boolean badParam;
    private CaseFile file;
    private boolean notFound;
    private CasePhase to;
    private CaseOutcome outcome;
    private String note;
    private Long memberId;
    private Long unitId;
    private it.milano.levacivica.portal.domain.rst.BeneficiaryCategory category;
    private java.time.LocalDate startDate;
    private java.time.LocalDate plannedEnd;
    private java.time.LocalDate declaredFirstStart;
    private java.util.List<it.milano.levacivica.portal.domain.rst.HousingUnit> units = java.util.List.of();
    private java.util.List<it.milano.levacivica.portal.domain.rst.Placement> placements = java.util.List.of();

    @Inject
    private it.milano.levacivica.portal.application.PlacementService rst;

    /** Loads the case named by the view parameter; a restricted case waits for a stated reason. */
    public void load() {
        if (badParam) {
            NotFoundPage.send();
            return;
        }
        try {
            file = id == null ? null : cases.open(id, reason);
            notFound = file == null;
            reasonNeeded = false;
            if (!notFound) {
                units = rst.units();
                placements = rst.ofCase(id, reason);
            }
        } catch (it.milano.levacivica.portal.application.ReasonRequiredException e) {
            file = null;
            notFound = false;
            reasonNeeded = true;
        } catch (PortalException e) {
            notFound = true;
        }
    }

    // ------------------------------------------------------------------ privacy: restriction, reasons, rectification, copies

    @Inject
    private it.milano.levacivica.portal.application.SubjectAccessService subjectAccess;
    @Inject
    private it.milano.levacivica.portal.interfaces.register.PersonalDataPdf personalDataPdf;

    private String reason;
    private String reasonInput;
    private boolean reasonNeeded;
    private String restrictReason;
    private Long rectifyMemberId;
    private String rectifyName;
    private java.time.LocalDate rectifyBirthDate;
    private String rectifyRelation;
    private String rectifyReason;

    /** Opens a restricted case with the reason stated (recorded in the audit trail with every read). */
    public void openWithReason() {
        if (reasonInput == null || reasonInput.isBlank()) {
            FacesFeedback.show("reasonForm", it.milano.levacivica.portal.application.InvalidInputException.of("reason", "validation.required"));
            return;
        }
        reason = reasonInput.strip();
        load();
    }

    /** Restricts the case, or lifts the restriction (the responsible social worker, with a reason). */
    public void toggleRestriction() {
        boolean on = !file.ssptCase().isRestricted();
        if (FacesFeedback.run("restrictForm", () -> cases.restrict(id, new CaseService.RestrictionCommand(on, restrictReason)),
                on ? "case.restricted.done" : "case.restricted.lifted")) {
            if (on) {
                reason = restrictReason;
            }
            restrictReason = null;
            load();
        }
    }

    /** Corrects a household member's data; what was there is kept. */
    public void rectify() {
        if (FacesFeedback.run("rectifyForm", () -> cases.rectify(id, rectifyMemberId == null ? -1 : rectifyMemberId,
                new CaseService.RectifyCommand(rectifyName, rectifyBirthDate, rectifyRelation, rectifyReason, null)), "case.rectified")) {
            rectifyName = null;
            rectifyBirthDate = null;
            rectifyRelation = null;
            rectifyReason = null;
            load();
        }
    }

    /**
     * Sends a member's copy of their data as a download (audited).
     *
     * @param memberId the member
     * @param format {@code json} or {@code pdf}
     */
    public void exportMember(long memberId, String format) {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        var copy = FacesFeedback.call(null, () -> subjectAccess.member(id, memberId, reason), null);
        if (copy == null) {
            return;
        }
        boolean pdf = "pdf".equals(format);
        byte[] bytes = pdf ? personalDataPdf.pdf(copy, fc.getViewRoot().getLocale())
                : jakarta.json.bind.JsonbBuilder.create(new jakarta.json.bind.JsonbConfig().withFormatting(true)).toJson(copy)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jakarta.faces.context.ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType(pdf ? "application/pdf" : "application/json; charset=UTF-8");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"dati-personali-" + copy.ssptCase().code() + (pdf ? ".pdf" : ".json") + "\"");
        ec.setResponseHeader("Cache-Control", "no-store");
        try {
            ec.getResponseOutputStream().write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    public boolean isReasonNeeded() { return reasonNeeded; }
    public String getReason() { return reason; }
    public String getReasonInput() { return reasonInput; }
    public void setReasonInput(String v) { reasonInput = v; }
    public String getRestrictReason() { return restrictReason; }
    public void setRestrictReason(String v) { restrictReason = v; }
    public Long getRectifyMemberId() { return rectifyMemberId; }
    public void setRectifyMemberId(Long v) { rectifyMemberId = v; }
    public String getRectifyName() { return rectifyName; }
    public void setRectifyName(String v) { rectifyName = v; }
    public java.time.LocalDate getRectifyBirthDate() { return rectifyBirthDate; }
    public void setRectifyBirthDate(java.time.LocalDate v) { rectifyBirthDate = v; }
    public String getRectifyRelation() { return rectifyRelation; }
    public void setRectifyRelation(String v) { rectifyRelation = v; }
    public String getRectifyReason() { return rectifyReason; }
    public void setRectifyReason(String v) { rectifyReason = v; }

    /** Moves the case to the phase chosen. */
    public void move() {
        TransitionCommand cmd = new TransitionCommand(to, outcome, note,
                file.ssptCase().getVersion());
        if (FacesFeedback.run("moveForm", () -> cases.move(id, cmd), "case.moved")) {
            note = null;
            outcome = null;
            load();
        }
    }

    /** Places the household member of the form in the housing unit chosen, then opens the placement. */
    public String place() {
        var cmd = new it.milano.levacivica.portal.application.PlacementService.PlacementCommand(memberId, unitId, category, startDate,
                plannedEnd, null, declaredFirstStart);
        var p = FacesFeedback.call("placeForm", () -> rst.place(id, cmd), null);
        return p == null ? null : "/socialworker/placement?faces-redirect=true&id=" + p.getId();
    }

    public it.milano.levacivica.portal.domain.rst.BeneficiaryCategory[] getCategories() {
        return it.milano.levacivica.portal.domain.rst.BeneficiaryCategory.values();
    }
    public java.util.List<it.milano.levacivica.portal.domain.rst.HousingUnit> getUnits() { return units; }
    public java.util.List<it.milano.levacivica.portal.domain.rst.Placement> getPlacements() { return placements; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public it.milano.levacivica.portal.domain.rst.BeneficiaryCategory getCategory() { return category; }
    public void setCategory(it.milano.levacivica.portal.domain.rst.BeneficiaryCategory category) { this.category = category; }
    public java.time.LocalDate getStartDate() { return startDate; }
    public void setStartDate(java.time.LocalDate startDate) { this.startDate = startDate; }
    public java.time.LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(java.time.LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
    public java.time.LocalDate getDeclaredFirstStart() { return declaredFirstStart; }
    public void setDeclaredFirstStart(java.time.LocalDate declaredFirstStart) { this.declaredFirstStart = declaredFirstStart; }

    // ------------------------------------------------------------------ household, plan, interventions, monitoring

    private String memberName;
    private String memberRelation;
    private String goalText;
    private String goalActions;
    private java.time.LocalDate goalDeadline;
    private java.time.LocalDate goalAgreedOn;
    private String interventionType;
    private String interventionPartner;
    private java.time.LocalDate interventionStart;
    private java.time.LocalDate interventionNextCheck;
    private java.time.LocalDate monitoringOn;
    private String monitoringNote;

    public void addMember() {
        if (FacesFeedback.run("detailForm", () -> cases.addMember(id, new CaseService.MemberCommand(memberName, null, memberRelation)), "case.added")) {
            memberName = null;
            memberRelation = null;
            load();
        }
    }

    public void addGoal() {
        if (FacesFeedback.run("detailForm", () -> cases.addGoal(id, new CaseService.GoalCommand(goalText, goalActions, null, goalDeadline, goalAgreedOn)), "case.added")) {
            goalText = null;
            goalActions = null;
            load();
        }
    }

    public void addIntervention() {
        if (FacesFeedback.run("detailForm", () -> cases.addIntervention(id, new CaseService.InterventionCommand(interventionType, interventionPartner,
                interventionStart, null, interventionNextCheck)), "case.added")) {
            interventionType = null;
            interventionPartner = null;
            load();
        }
    }

    public void addMonitoring() {
        if (FacesFeedback.run("detailForm", () -> cases.addMonitoring(id, new CaseService.MonitoringCommand(monitoringOn, monitoringNote)), "case.added")) {
            monitoringNote = null;
            load();
        }
    }

    public String getMemberName() { return memberName; }
    public void setMemberName(String v) { memberName = v; }
    public String getMemberRelation() { return memberRelation; }
    public void setMemberRelation(String v) { memberRelation = v; }
    public String getGoalText() { return goalText; }
    public void setGoalText(String v) { goalText = v; }
    public String getGoalActions() { return goalActions; }
    public void setGoalActions(String v) { goalActions = v; }
    public java.time.LocalDate getGoalDeadline() { return goalDeadline; }
    public void setGoalDeadline(java.time.LocalDate v) { goalDeadline = v; }
    public java.time.LocalDate getGoalAgreedOn() { return goalAgreedOn; }
    public void setGoalAgreedOn(java.time.LocalDate v) { goalAgreedOn = v; }
    public String getInterventionType() { return interventionType; }
    public void setInterventionType(String v) { interventionType = v; }
    public String getInterventionPartner() { return interventionPartner; }
    public void setInterventionPartner(String v) { interventionPartner = v; }
    public java.time.LocalDate getInterventionStart() { return interventionStart; }
    public void setInterventionStart(java.time.LocalDate v) { interventionStart = v; }
    public java.time.LocalDate getInterventionNextCheck() { return interventionNextCheck; }
    public void setInterventionNextCheck(java.time.LocalDate v) { interventionNextCheck = v; }
    public java.time.LocalDate getMonitoringOn() { return monitoringOn; }
    public void setMonitoringOn(java.time.LocalDate v) { monitoringOn = v; }
    public String getMonitoringNote() { return monitoringNote; }
    public void setMonitoringNote(String v) { monitoringNote = v; }

    /** @return the phases the case may move to next: the page offers nothing else */
    public java.util.List<CasePhase> getPhases() { return file == null ? java.util.List.of() : file.ssptCase().getPhase().next(); }

    /** @return whether the next move can close the case (then the page asks for the outcome) */
    public boolean isMayClose() { return getPhases().contains(CasePhase.CLOSED); }
    public CaseOutcome[] getOutcomes() { return CaseOutcome.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    /** @return the page parameter {@code id} as given */
    public String getIdParam() { return idParam; }
    /** @param idParam the page parameter {@code id}: anything that is not a record id gives the not-found page */
    public void setIdParam(String idParam) {
        this.idParam = idParam;
        this.id = NotFoundPage.id(idParam);
        this.badParam = idParam != null && !idParam.isBlank() && this.id == null;
    }
    public CaseFile getFile() { return file; }
    public boolean isNotFound() { return notFound || (file == null && !reasonNeeded); }
    public CasePhase getTo() { return to; }
    public void setTo(CasePhase to) { this.to = to; }
    public CaseOutcome getOutcome() { return outcome; }
    public void setOutcome(CaseOutcome outcome) { this.outcome = outcome; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
