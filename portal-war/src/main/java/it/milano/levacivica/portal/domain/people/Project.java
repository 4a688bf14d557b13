package it.milano.levacivica.portal.domain.people;

import java.util.Objects;

/**
 * A Leva Civica project: where volunteers serve, how many of them, under which programme's rules.
 * Mapped to the {@code project} table in {@code META-INF/orm.xml}.
 */
public class Project implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private String seatAddress;
    private int seats;
    private String programme;
    private long version;

    protected Project() {
        // for JPA
    }

    /**
     * @param name the project's name
     * @param seatAddress where the volunteers serve
     * @param seats how many volunteers at once
     * @param programme the id of the core-lib rule set, e.g. {@code leva-civica-milano}
     */
    public Project(String name, String seatAddress, int seats, String programme) {
        update(name, seatAddress, seats, programme);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSeatAddress() { return seatAddress; }
    public int getSeats() { return seats; }
    public String getProgramme() { return programme; }
    public long getVersion() { return version; }

    /** Changes every field at once. */
    public void update(String name, String seatAddress, int seats, String programme) {
        this.name = Objects.requireNonNull(name);
        this.seatAddress = Objects.requireNonNull(seatAddress);
        this.seats = seats;
        this.programme = Objects.requireNonNull(programme);
    }
}
