package it.milano.levacivica.portal.application;

/** The record does not exist, or the caller may not see it (answered alike, so ids cannot be probed). */
public class NotFoundException extends PortalException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... args) {
        super("not-found", messageKey, null, args);
    }
}
