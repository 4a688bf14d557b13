package it.milano.levacivica.portal.domain.people;

/** What a person may do in the portal. A person may hold several roles. */
public enum Role {
    /** A young person of the Leva Civica (<i>giovane di Leva Civica</i>). */
    VOLUNTEER,
    /** Meets volunteers, gives tasks, approves timesheets (<i>responsabile / OLP</i>). */
    TUTOR,
    /** Owns SSPT cases and RST placements (<i>assistente sociale</i>). */
    SOCIAL_WORKER,
    /** Manages projects, seats, volunteers and tutors (<i>coordinatore di progetto</i>). */
    COORDINATOR,
    /** Accounts, roles and the audit log (<i>amministratore</i>). */
    ADMIN;

    /** The roles that read case content (SSPT cases, RST placements). */
    public static final java.util.Set<Role> READ_CASE_CONTENT = java.util.EnumSet.of(SOCIAL_WORKER);

    /**
     * Separation of duties: whoever manages accounts, roles and the audit trail never reads the case
     * content that the audit trail watches.
     *
     * @param roles a set of roles
     * @throws IllegalArgumentException if it holds ADMIN together with a role that reads case content
     */
    public static void checkSeparationOfDuties(java.util.Set<Role> roles) {
        if (roles.contains(ADMIN) && roles.stream().anyMatch(READ_CASE_CONTENT::contains)) {
            throw new IllegalArgumentException("ADMIN cannot be combined with " + READ_CASE_CONTENT);
        }
    }
}
