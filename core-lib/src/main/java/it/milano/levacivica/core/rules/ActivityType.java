package it.milano.levacivica.core.rules;

/**
 * The five kinds of service activity listed by the Leva Civica project of the SSPT (seed document
 * {@code 002}). Every {@link Category#SERVICE} entry names one of them.
 */
public enum ActivityType {
    /** Organising and running social inclusion or aggregation initiatives, working groups. */
    INCLUSION_INITIATIVES,
    /** Collecting testimonies of citizens in fragile or marginal situations. */
    TESTIMONIES,
    /** Writing summaries of meetings with associations, the Third Sector, ATS and ASST. */
    MEETING_SUMMARIES,
    /** Communication and awareness programmes built on needs analysis, co-designed with the territory. */
    COMMUNICATION,
    /** Administrative support: recording interventions, paperwork, statistics, reports, monitoring. */
    ADMINISTRATIVE_SUPPORT
}
