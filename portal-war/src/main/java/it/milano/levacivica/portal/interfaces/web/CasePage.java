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
    private transient CaseService cases;

    private Long id;
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
    private java.util.List<it.milano.levacivica.portal.domain.rst.HousingUnit> units = java.util.List.of();
    private java.util.List<it.milano.levacivica.portal.domain.rst.Placement> placements = java.util.List.of();

    @Inject
    private transient it.milano.levacivica.portal.application.PlacementService rst;

    /** Loads the case named by the view parameter. */
    public void load() {
        try {
            file = id == null ? null : cases.open(id);
            notFound = file == null;
            if (!notFound) {
                units = rst.units();
                placements = rst.ofCase(id);
            }
        } catch (PortalException e) {
            notFound = true;
        }
    }

    /** Moves the case to the phase chosen. */
    public void move() {
        TransitionCommand cmd = new TransitionCommand(to == null ? null : to.name(), outcome == null ? null : outcome.name(), note,
                file.ssptCase().getVersion());
        if (FacesFeedback.run("moveForm", () -> cases.move(id, cmd), "case.moved")) {
            note = null;
            outcome = null;
            load();
        }
    }

    /** Places the household member of the form in the housing unit chosen, then opens the placement. */
    public String place() {
        var cmd = new it.milano.levacivica.portal.application.PlacementService.PlacementCommand(memberId, unitId,
                category == null ? null : category.name(), startDate == null ? null : startDate.toString(),
                plannedEnd == null ? null : plannedEnd.toString(), null);
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

    public CasePhase[] getPhases() { return CasePhase.values(); }
    public CaseOutcome[] getOutcomes() { return CaseOutcome.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CaseFile getFile() { return file; }
    public boolean isNotFound() { return notFound; }
    public CasePhase getTo() { return to; }
    public void setTo(CasePhase to) { this.to = to; }
    public CaseOutcome getOutcome() { return outcome; }
    public void setOutcome(CaseOutcome outcome) { this.outcome = outcome; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
