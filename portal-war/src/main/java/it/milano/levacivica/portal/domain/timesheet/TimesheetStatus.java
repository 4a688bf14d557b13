package it.milano.levacivica.portal.domain.timesheet;

/** Where a month's timesheet stands. A month with no timesheet row is {@link #OPEN}. */
public enum TimesheetStatus {
    /** The volunteer may log, change and delete hours. */
    OPEN,
    /** Sent to the tutor; entries locked. */
    SUBMITTED,
    /** Approved by the tutor; locked until a coordinator reopens it. */
    APPROVED,
    /** Sent back by the tutor with a reason; open again for the volunteer. */
    REJECTED;

    /** @return whether the volunteer may change the month's entries */
    public boolean isOpen() {
        return this == OPEN || this == REJECTED;
    }
}
