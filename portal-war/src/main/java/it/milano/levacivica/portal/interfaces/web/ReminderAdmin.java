package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PortalException;
import it.milano.levacivica.portal.application.ReminderService;
import it.milano.levacivica.portal.infrastructure.mail.CaughtMail;
import it.milano.levacivica.portal.infrastructure.mail.ReminderSchedule;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's view of the reminders: the job's last run, counts by status, the latest reminders with
 * their errors, a run on demand, and in the demo only the mails the embedded SMTP server caught.
 */
@Named
@ViewScoped
public class ReminderAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReminderService reminders;
    @Inject
    private ReminderSchedule schedule;
    /** The demo build's caught mails; none in production. */
    @Inject
    private jakarta.enterprise.inject.Instance<CaughtMail> mailbox;

    private transient ReminderService.Overview overview;
    private transient List<CaughtMail.Caught> caught;

    @PostConstruct
    void load() {
        overview = reminders.overview();
        caught = isDemo() ? mailbox.get().caught(50) : List.of();
    }

    public void runNow() {
        try {
            reminders.requireAdmin();
            ReminderSchedule.RunResult r = schedule.runNow();
            jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    FacesFeedback.text(r.ran() ? "reminders.admin.ran" : "reminders.admin.notRun", r.made(), r.sent(), r.failed(), r.skipped())));
        } catch (PortalException e) {
            FacesFeedback.show(null, e);
        }
        load();
    }

    public ReminderService.Overview getOverview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    public List<CaughtMail.Caught> getCaught() {
        if (caught == null) {
            load();
        }
        return caught;
    }

    public boolean isDemo() { return mailbox.isResolvable() && mailbox.get().isEnabled(); }

    public String getServer() { return schedule.server(); }
}
