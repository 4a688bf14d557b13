package it.milano.levacivica.portal.application;

/** The caller's role does not allow this action. */
public class AccessDeniedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... args) {
        super("forbidden", messageKey, null, args);
    }
}
