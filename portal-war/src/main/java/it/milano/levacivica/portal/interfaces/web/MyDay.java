package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CheckInService;
import it.milano.levacivica.portal.application.CheckInService.ConfirmCommand;
import it.milano.levacivica.portal.application.TaskService;
import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.Task;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The volunteer's day on their home page: open tasks (due first), the last check-ins, confirming them. */
@Named
@ViewScoped
public class MyDay implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TaskService tasks;
    @Inject
    private CheckInService checkIns;
    @Inject
    private Clock clock;

    private List<Task> openTasks = List.of();
    private List<CheckIn> recent = List.of();
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> remarks = new HashMap<>();

    @PostConstruct
    void load() {
        openTasks = tasks.myOpen();
        recent = checkIns.mine(3);
    }

    public void done(Task t) {
        if (FacesFeedback.run(null, () -> tasks.done(t.getId(), outcomes.get(t.getId())), "task.markedDone")) {
            load();
        }
    }

    public void confirm(CheckIn c) {
        if (FacesFeedback.run(null, () -> checkIns.confirm(c.getId(), new ConfirmCommand(c.getVersion(), remarks.get(c.getId()))), "checkin.confirmed")) {
            load();
        }
    }

    public void remark(CheckIn c) {
        if (FacesFeedback.run(null, () -> checkIns.remark(c.getId(), new ConfirmCommand(c.getVersion(), remarks.get(c.getId()))), "checkin.remarked")) {
            load();
        }
    }

    public boolean overdue(Task t) {
        return t.isOverdue(LocalDate.now(clock));
    }

    public List<Task> getOpenTasks() { return openTasks; }
    public List<CheckIn> getRecent() { return recent; }
    public Map<Long, String> getOutcomes() { return outcomes; }
    public Map<Long, String> getRemarks() { return remarks; }
}
