package it.milano.levacivica.portal.domain.people;

/** Where a volunteer's service year stands administratively. */
public enum ServiceYearStatus {
    /** In service, or due to start. */
    ACTIVE,
    /** Paused by the coordinator (e.g. a long illness). */
    SUSPENDED,
    /** Ended with every target met. */
    COMPLETED,
    /** Ended early by the volunteer or the project. */
    WITHDRAWN
}
