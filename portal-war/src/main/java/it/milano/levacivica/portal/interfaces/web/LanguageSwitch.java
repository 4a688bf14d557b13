package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.infrastructure.security.LanguageFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;

/** The language of the pages: Italian unless the person chose English ({@code ?lang=en}). */
@Named
@RequestScoped
public class LanguageSwitch {

    /** @return the locale of this request's pages */
    public Locale getLocale() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> session = ec.getSessionMap();
        Object chosen = session.get(LanguageFilter.LOCALE_ATTRIBUTE);
        return chosen instanceof Locale l ? l : Locale.ITALIAN;
    }

    /** @return {@code it} or {@code en}, for the page's lang attribute */
    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
