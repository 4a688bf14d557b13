package it.milano.levacivica.portal.domain.sspt;

/** First level: spontaneous access. Second level: under an order of the judicial authority. */
public enum CaseLevel {
    FIRST, SECOND
}
