package it.milano.levacivica.portal.application;

/** The caller's role does not allow this action. */
public class AccessDeniedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... args) {
        super("forbidden", messageKey, null, args);
    }

    /** A refusal of its own kind ({@code type}), still a 403. */
    protected AccessDeniedException(String type, String messageKey, Object[] args) {
        super(type, messageKey, null, args);
    }
}
