package it.milano.levacivica.portal.domain.rst;

import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person of an SSPT case placed in a housing unit, under a Social Pact agreed by the person, the managing
 * organisation and the social service. Mapped in {@code orm.xml}.
 */
public class Placement implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private SsptCase ssptCase;
    private CaseDetail.Member member;
    private HousingUnit unit;
    private BeneficiaryCategory category;
    private LocalDate firstStart;
    private LocalDate startDate;
    private LocalDate plannedEnd;
    private LocalDate endedOn;
    private LocalDate personAgreedOn;
    private LocalDate orgAgreedOn;
    private LocalDate serviceAgreedOn;
    private long version;

    protected Placement() {
    }

    public Placement(SsptCase c, CaseDetail.Member member, HousingUnit unit, BeneficiaryCategory category, LocalDate firstStart,
            LocalDate startDate, LocalDate plannedEnd) {
        this.ssptCase = c;
        this.member = member;
        this.unit = unit;
        this.category = category;
        this.firstStart = firstStart;
        this.startDate = startDate;
        this.plannedEnd = plannedEnd;
    }

    /**
     * Brings the first start of the stay earlier, when the person's clock turns out to have started before
     * (an earlier stay declared or recorded later): every placement of a person carries the same first start.
     *
     * @param personFirstStart the person's first start ({@link RstRules#firstStart}); a later date changes nothing
     */
    public void runClockFrom(LocalDate personFirstStart) {
        if (personFirstStart.isBefore(firstStart)) {
            this.firstStart = personFirstStart;
        }
    }

    /** @param newEnd a later planned end (the caller checks the 18 months) */
    public void extendTo(LocalDate newEnd) {
        this.plannedEnd = newEnd;
    }

    /** Records a party's agreement to the Social Pact. */
    public void agree(Pact.Party party, LocalDate on) {
        switch (party) {
            case PERSON -> personAgreedOn = on;
            case ORGANISATION -> orgAgreedOn = on;
            case SOCIAL_SERVICE -> serviceAgreedOn = on;
        }
    }

    public boolean isPactAgreed() {
        return personAgreedOn != null && orgAgreedOn != null && serviceAgreedOn != null;
    }

    public Long getId() { return id; }
    public SsptCase getSsptCase() { return ssptCase; }
    public CaseDetail.Member getMember() { return member; }
    public HousingUnit getUnit() { return unit; }
    public BeneficiaryCategory getCategory() { return category; }
    /** @return the first start of the person's stay (the same for all their placements), where the 18 months run from */
    public LocalDate getFirstStart() { return firstStart; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public LocalDate getEndedOn() { return endedOn; }
    public LocalDate getPersonAgreedOn() { return personAgreedOn; }
    public LocalDate getOrgAgreedOn() { return orgAgreedOn; }
    public LocalDate getServiceAgreedOn() { return serviceAgreedOn; }
    public long getVersion() { return version; }
}
