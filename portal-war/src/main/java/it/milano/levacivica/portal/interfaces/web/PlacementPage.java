package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PlacementService;
import it.milano.levacivica.portal.application.PlacementService.PlacementFile;
import it.milano.levacivica.portal.application.PortalException;
import it.milano.levacivica.portal.domain.rst.Pact;
import it.milano.levacivica.portal.domain.rst.RstRules;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** One placement: stay and 18-month clock, the Social Pact (goals, verification steps, agreements), accompaniment. */
@Named
@ViewScoped
public class PlacementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementService rst;

    private Long id;
    private String idParam;
    private boolean badParam;
    private PlacementFile file;
    private boolean notFound;
    private Pact.Area area = Pact.Area.AUTONOMY;
    private String goal;
    private LocalDate stepDue;
    private String stepDescription;

    public void load() {
        if (badParam) {
            NotFoundPage.send();
            return;
        }
        try {
            file = id == null ? null : rst.open(id);
            notFound = file == null;
        } catch (PortalException e) {
            notFound = true;
        }
    }

    /** Records the goal and/or the verification step typed. */
    public void save() {
        boolean ok = true;
        if (goal != null && !goal.isBlank()) {
            ok = FacesFeedback.run("pactForm", () -> rst.addGoal(id, new PlacementService.PactGoalCommand(area, goal)), null);
        }
        if (ok && stepDue != null) {
            ok = FacesFeedback.run("pactForm", () -> rst.addStep(id, new PlacementService.StepCommand(stepDue, stepDescription)), null);
        }
        if (ok) {
            goal = null;
            stepDue = null;
            stepDescription = null;
            load();
        }
    }

    private Pact.Party party = Pact.Party.PERSON;
    private LocalDate agreedOn;
    private LocalDate newEnd;
    private Pact.AccompanimentKind kind = Pact.AccompanimentKind.ORIENTATION_TO_SERVICES;
    private LocalDate doneOn;
    private String accompanimentNote;

    public void agree() {
        if (FacesFeedback.run("moreForm", () -> rst.agree(id, new PlacementService.AgreementCommand(party, agreedOn)), "case.added")) {
            load();
        }
    }

    public void extend() {
        if (FacesFeedback.run("moreForm", () -> rst.extend(id, new PlacementService.ExtendCommand(newEnd,
                file.placement().getVersion())), "case.added")) {
            newEnd = null;
            load();
        }
    }

    public void accompany() {
        if (FacesFeedback.run("moreForm", () -> rst.addAccompaniment(id, new PlacementService.AccompanimentCommand(kind,
                doneOn, accompanimentNote)), "case.added")) {
            accompanimentNote = null;
            load();
        }
    }

    public Pact.AccompanimentKind[] getKinds() { return Pact.AccompanimentKind.values(); }
    public Pact.Party getParty() { return party; }
    public void setParty(Pact.Party party) { this.party = party; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
    public LocalDate getNewEnd() { return newEnd; }
    public void setNewEnd(LocalDate newEnd) { this.newEnd = newEnd; }
    public Pact.AccompanimentKind getKind() { return kind; }
    public void setKind(Pact.AccompanimentKind kind) { this.kind = kind; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    public String getAccompanimentNote() { return accompanimentNote; }
    public void setAccompanimentNote(String accompanimentNote) { this.accompanimentNote = accompanimentNote; }

    public LocalDate getLastAllowedDay() {
        return RstRules.lastAllowedDay(file.placement().getFirstStart());
    }

    public Pact.Area[] getAreas() { return Pact.Area.values(); }
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
    public PlacementFile getFile() { return file; }
    public boolean isNotFound() { return notFound || file == null; }
    public Pact.Area getArea() { return area; }
    public void setArea(Pact.Area area) { this.area = area; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public LocalDate getStepDue() { return stepDue; }
    public void setStepDue(LocalDate stepDue) { this.stepDue = stepDue; }
    public String getStepDescription() { return stepDescription; }
    public void setStepDescription(String stepDescription) { this.stepDescription = stepDescription; }
}
