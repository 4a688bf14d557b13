package it.milano.levacivica.portal.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Page parameters that name no record: the container's not-found page (404), never an error. */
final class NotFoundPage {

    private NotFoundPage() {
    }

    /** @param text a page parameter @return it as a record id, or null if it is not one */
    static Long id(String text) {
        if (text == null || text.isBlank() || text.length() > 18 || !text.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    /** Answers 404 with the not-found page and ends the Faces lifecycle. */
    static void send() {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }
}
