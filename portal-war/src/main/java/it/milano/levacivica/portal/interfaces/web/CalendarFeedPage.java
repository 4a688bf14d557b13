package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CalendarFeedService;
import it.milano.levacivica.portal.infrastructure.security.TrustedProxies;
import it.milano.levacivica.portal.interfaces.calendar.CalendarFeedServlet;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Anyone signed in: their private calendar feed. The address is shown once, right after it is made (only its
 * token's hash is kept); afterwards the page shows when it was made and last read, and offers a new one (which
 * revokes the old) or revoking it.
 */
@Named
@ViewScoped
public class CalendarFeedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarFeedService feeds;
    @Inject
    private TrustedProxies proxies;

    private boolean active;
    private LocalDateTime createdAt;
    private LocalDateTime lastUsedAt;
    private String url;

    @PostConstruct
    void load() {
        show(feeds.mine().orElse(null));
    }

    private void show(it.milano.levacivica.portal.domain.calendar.CalendarFeedRepository.Feed f) {
        active = f != null;
        createdAt = f == null ? null : f.createdAt();
        lastUsedAt = f == null ? null : f.lastUsedAt();
    }

    public void create() {
        CalendarFeedService.Made made = FacesFeedback.call("calendarForm", feeds::create, null);
        if (made != null) {
            HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            url = CalendarFeedServlet.url(CalendarFeedServlet.origin(req, proxies), made.token());
            show(made.feed());
        }
    }

    public void revoke() {
        if (FacesFeedback.run("calendarForm", feeds::revoke, "calendar.revoked")) {
            url = null;
            show(null);
        }
    }

    public boolean isActive() { return active; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
    /** @return the address just made, or null: it is never shown again */
    public String getUrl() { return url; }
}
