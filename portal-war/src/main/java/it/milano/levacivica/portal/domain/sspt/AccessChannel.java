package it.milano.levacivica.portal.domain.sspt;

/** How the person reached the service. */
public enum AccessChannel {
    IN_PERSON, PHONE, EMAIL
}
