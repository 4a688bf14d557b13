package it.milano.levacivica.portal.application;

/** The case is restricted (GDPR art. 18): it can be read, with a reason, but not changed until the restriction is lifted. */
public class CaseRestrictedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public CaseRestrictedException(String code) {
        super("case-restricted", "case.error.restricted", null, code);
    }
}
