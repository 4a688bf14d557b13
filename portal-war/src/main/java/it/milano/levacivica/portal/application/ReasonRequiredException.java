package it.milano.levacivica.portal.application;

/** A restricted case is read only with a stated reason (recorded in the audit trail), and none was given. */
public class ReasonRequiredException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public ReasonRequiredException(String code) {
        super("reason-required", "case.error.reasonRequired", new Object[] {code});
    }
}
