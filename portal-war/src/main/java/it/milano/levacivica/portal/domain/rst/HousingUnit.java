package it.milano.levacivica.portal.domain.rst;

import java.io.Serializable;

/** A housing unit of the RST: type, Municipio, places, the managing organisation (ente affidatario). */
public class HousingUnit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private HousingType type;
    private int municipio;
    private int places;
    private String managingOrg;
    private long version;

    protected HousingUnit() {
    }

    public HousingUnit(String name, HousingType type, int municipio, int places, String managingOrg) {
        this.name = name.strip();
        this.type = type;
        this.municipio = municipio;
        this.places = places;
        this.managingOrg = managingOrg.strip();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public HousingType getType() { return type; }
    public int getMunicipio() { return municipio; }
    public int getPlaces() { return places; }
    public String getManagingOrg() { return managingOrg; }
    public long getVersion() { return version; }
}
