package it.milano.levacivica.core.rules;

/**
 * The three categories of hours of a service year, each with its own target in a {@link RuleSet}.
 *
 * <p>An hour counts towards exactly one category and is never moved to another one, even when its
 * category is already over target.
 */
public enum Category {
    /** Service activity (<i>attività di servizio</i>): 1322 h in the Leva Civica rule set. */
    SERVICE,
    /** Specific training (<i>formazione specifica</i>): 40 h in the Leva Civica rule set. */
    SPECIFIC_TRAINING,
    /**
     * Activity and training towards the regional competence certificate (<i>attestato di competenza
     * regionale</i>): 38 h in the Leva Civica rule set.
     */
    COMPETENCE_CERTIFICATE
}
