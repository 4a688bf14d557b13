package it.milano.levacivica.portal.application;

/** The month's timesheet is submitted or approved: its entries cannot change. */
public class MonthLockedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public MonthLockedException(String month) {
        super("month-locked", "error.month.locked", null, month);
    }
}
