package it.milano.levacivica.portal.domain.rst;

/** Who an RST placement is for, each with the one housing type the seed gives them. */
public enum BeneficiaryCategory {
    ELDERLY_MINIMAL_AUTONOMY(HousingType.SHARED_FLAT),
    FRAGILE_ADULT(HousingType.SHARED_FLAT),
    MILD_DISABILITY(HousingType.PROTECTED_FLAT),
    HOUSEHOLD_WITH_MINORS(HousingType.APARTMENT);

    private final HousingType housing;

    BeneficiaryCategory(HousingType housing) {
        this.housing = housing;
    }

    /** @return the housing type of this category */
    public HousingType housing() {
        return housing;
    }
}
