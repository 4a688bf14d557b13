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
    ADMIN
}
