package it.milano.levacivica.portal.domain.checkin;

/** Where a task stands. */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
