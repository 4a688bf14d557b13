package it.milano.levacivica.core.rules;

/** A day of absence from service, counted against the allowance of its type in the {@link RuleSet}. */
public enum AbsenceType {
    /** Leave (<i>permesso</i>), planned ahead; may be recorded for future dates. */
    LEAVE,
    /** Sickness (<i>malattia</i>); may only be recorded for today or past dates. */
    SICKNESS
}
