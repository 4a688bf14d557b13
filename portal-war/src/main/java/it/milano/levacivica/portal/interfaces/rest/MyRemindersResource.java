package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.ReminderService;
import it.milano.levacivica.portal.domain.reminder.ReminderKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's own e-mail reminder choices (a path of its own: JAX-RS would send /me/... to MeResource). */
@Path("/me/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reminders")
public class MyRemindersResource {

    /**
     * One's reminder choices.
     *
     * @param language the mails' language, {@code it} or {@code en}
     * @param enabled the kinds to receive (those of one's roles not named are turned off)
     */
    public record ChoicesCommand(String language, Set<ReminderKind> enabled) {
    }

    /** One's reminder choices: the language, the kinds one's roles receive, and those turned on. */
    public record ChoicesView(String language, Set<ReminderKind> available, Set<ReminderKind> enabled) {
        static ChoicesView of(ReminderService.Choices c) {
            return new ChoicesView(c.language(), new TreeSet<>(c.available()), new TreeSet<>(c.enabled()));
        }
    }

    @Inject
    private ReminderService reminders;

    @GET
    @Operation(summary = "One's reminder choices")
    public ChoicesView mine() {
        return ChoicesView.of(reminders.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the reminders one receives and their language")
    public ChoicesView save(ChoicesCommand body) {
        return ChoicesView.of(reminders.save(body == null ? null : body.language(), body == null ? null : body.enabled()));
    }
}
