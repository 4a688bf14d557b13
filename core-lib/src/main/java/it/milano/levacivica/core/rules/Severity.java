package it.milano.levacivica.core.rules;

/** How strong a rule is: an {@link #ERROR} refuses the entry, a {@link #WARNING} only informs. */
public enum Severity {
    /** Guidance: the entry is accepted and the person is told. */
    WARNING,
    /** Hard rule: the entry is refused. */
    ERROR
}
