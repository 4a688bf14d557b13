package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.ReminderService;
import it.milano.levacivica.portal.domain.reminder.ReminderKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Anyone signed in: which reminders of their roles they receive by e-mail, and in which language. */
@Named
@ViewScoped
public class ReminderSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReminderService reminders;

    private String language;
    private List<ReminderKind> available = new ArrayList<>();
    private List<String> enabled = new ArrayList<>();

    @PostConstruct
    void load() {
        show(reminders.mine());
    }

    private void show(ReminderService.Choices c) {
        language = c.language();
        available = new ArrayList<>(EnumSet.copyOf(c.available().isEmpty() ? EnumSet.noneOf(ReminderKind.class) : c.available()));
        enabled = new ArrayList<>(c.enabled().stream().map(Enum::name).toList());
    }

    public void save() {
        ReminderService.Choices saved = FacesFeedback.call("remindersForm",
                () -> reminders.save(language, kinds()),
                "reminders.saved");
        if (saved != null) {
            show(saved);
        }
    }

    private java.util.Set<ReminderKind> kinds() {
        java.util.Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        for (ReminderKind k : available) {
            if (enabled.contains(k.name())) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public List<ReminderKind> getAvailable() { return available; }
    public List<String> getEnabled() { return enabled; }
    public void setEnabled(List<String> enabled) { this.enabled = enabled == null ? new ArrayList<>() : enabled; }
}
