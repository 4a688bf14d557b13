package it.milano.levacivica.portal.domain.sspt;

/** Who the case concerns, as the seed names them. */
public enum TargetGroup {
    FAMILIES_WITH_MINORS, ELDERLY, ADULTS, PEOPLE_WITH_DISABILITIES
}
