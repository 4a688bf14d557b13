package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PortalException;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs a page action and shows a service's refusal in the page: next to each field concerned, and at the top. */
final class FacesFeedback {

    private FacesFeedback() {
    }

    /**
     * @param formId the id of the form whose fields carry the service's field names as ids
     * @param action the action
     * @param successKey message shown when it works, or null
     * @return whether it worked
     */
    static boolean run(String formId, Runnable action, String successKey) {
        return call(formId, () -> {
            action.run();
            return Boolean.TRUE;
        }, successKey) != null;
    }

    static <T> T call(String formId, Supplier<T> action, String successKey) {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale locale = fc.getViewRoot().getLocale();
        try {
            T result = action.get();
            if (successKey != null) {
                fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, PortalMessages.get(locale, successKey), null));
            }
            return result;
        } catch (PortalException e) {
            fc.validationFailed();
            PortalMessages.fieldMessages(e, locale).forEach((field, text) -> {
                UIComponent c = formId == null ? null : fc.getViewRoot().findComponent(formId + ":" + field);
                fc.addMessage(c == null ? null : c.getClientId(fc), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
            String text = PortalMessages.message(e, locale);
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return null;
        }
    }

    /** Shows a refusal that was caught elsewhere: next to its fields and at the top. */
    static void show(String formId, PortalException e) {
        call(formId, () -> {
            throw e;
        }, null);
    }

    static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        return PortalMessages.get(fc.getViewRoot().getLocale(), key, args);
    }
}
