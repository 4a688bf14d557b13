package it.milano.levacivica.core.rules;

/** The part of an entry or absence that a {@link Violation} concerns, so that a form can show it there. */
public enum Field {
    /** The day of the entry or absence. */
    DATE,
    /** The category of hours. */
    CATEGORY,
    /** The duration of the entry. */
    DURATION,
    /** The activity type of a service entry. */
    ACTIVITY_TYPE,
    /** The week or month as a whole, not one field. */
    PERIOD
}
