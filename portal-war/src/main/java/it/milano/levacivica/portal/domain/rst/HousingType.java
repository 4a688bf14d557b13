package it.milano.levacivica.portal.domain.rst;

/** The kinds of RST housing in the seed. */
public enum HousingType {
    /** Alloggi in condivisione. */
    SHARED_FLAT,
    /** Alloggi protetti. */
    PROTECTED_FLAT,
    /** Appartamenti. */
    APARTMENT
}
