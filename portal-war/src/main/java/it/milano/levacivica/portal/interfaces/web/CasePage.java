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

    /** Loads the case named by the view parameter. */
    public void load() {
        try {
            file = id == null ? null : cases.open(id);
            notFound = file == null;
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
