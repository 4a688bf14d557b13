package it.milano.levacivica.core.forecast;

/** How actual hours compare with the steady pace that would meet the targets on the last day. */
public enum Pace {
    /** More hours than expected, beyond the rule set's tolerance. */
    AHEAD,
    /** Within the tolerance of the expected hours. */
    ON_TRACK,
    /** Fewer hours than expected, beyond the tolerance. */
    BEHIND
}
