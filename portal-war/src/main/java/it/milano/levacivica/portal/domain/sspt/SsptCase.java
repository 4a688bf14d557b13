package it.milano.levacivica.portal.domain.sspt;

import it.milano.levacivica.portal.domain.people.Person;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A case of the Servizio Sociale Professionale Territoriale. Its code is pseudonymous (Municipio, year,
 * sequence) and is all that a volunteer ever sees of it. Mapped in {@code orm.xml}.
 */
public class SsptCase implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String code;
    private int municipio;
    private CaseLevel level;
    private String courtAuthority;
    private String courtOrderRef;
    private LocalDate courtOrderDate;
    private AccessChannel accessChannel;
    private TargetGroup targetGroup;
    private boolean nonResident;
    private String summary;
    private Person responsible;
    private CasePhase phase;
    private CaseOutcome outcome;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private boolean restricted;
    private LocalDateTime restrictedSince;
    private LocalDate personalDataErasedOn;
    private long version;

    protected SsptCase() {
        // for JPA
    }

    public SsptCase(int municipio, Person responsible, LocalDate openedOn) {
        this.code = "pending-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        this.municipio = municipio;
        this.responsible = Objects.requireNonNull(responsible);
        this.openedOn = Objects.requireNonNull(openedOn);
        this.phase = CasePhase.RECEPTION;
    }

    /** Gives the case its code once its id is known: {@code M5-2026-00042}. */
    public void assignCode() {
        this.code = String.format("M%d-%d-%05d", municipio, openedOn.getYear(), id);
    }

    /** Changes the case's data (not its phase). */
    public void describe(CaseLevel level, String courtAuthority, String courtOrderRef, LocalDate courtOrderDate,
            AccessChannel accessChannel, TargetGroup targetGroup, boolean nonResident, String summary) {
        this.level = Objects.requireNonNull(level);
        this.courtAuthority = level == CaseLevel.SECOND ? courtAuthority : null;
        this.courtOrderRef = level == CaseLevel.SECOND ? courtOrderRef : null;
        this.courtOrderDate = level == CaseLevel.SECOND ? courtOrderDate : null;
        this.accessChannel = Objects.requireNonNull(accessChannel);
        this.targetGroup = Objects.requireNonNull(targetGroup);
        this.nonResident = nonResident;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    /**
     * Moves the case to another phase if the seed's order allows it.
     *
     * @return the transition, or empty with the refusal's message key available from {@link CasePhase#refusal}
     */
    public Optional<CaseTransition> move(CasePhase to, CaseOutcome outcome, Person actor, String note, LocalDateTime now) {
        if (phase.refusal(to, outcome) != null) {
            return Optional.empty();
        }
        CaseTransition t = new CaseTransition(this, phase, to, actor, now, note);
        phase = to;
        if (to == CasePhase.CLOSED) {
            this.outcome = outcome;
            this.closedOn = now.toLocalDate();
        }
        return Optional.of(t);
    }

    /**
     * Restricts the case (GDPR art. 18: read only, every read with a stated reason) or lifts the restriction.
     *
     * @param on whether restricted
     * @param now when, UTC
     */
    public void restrict(boolean on, LocalDateTime now) {
        this.restricted = on;
        this.restrictedSince = on ? Objects.requireNonNull(now) : null;
    }

    public boolean isOpen() {
        return phase != CasePhase.CLOSED;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getMunicipio() { return municipio; }
    public CaseLevel getLevel() { return level; }
    public String getCourtAuthority() { return courtAuthority; }
    public String getCourtOrderRef() { return courtOrderRef; }
    public LocalDate getCourtOrderDate() { return courtOrderDate; }
    public AccessChannel getAccessChannel() { return accessChannel; }
    public TargetGroup getTargetGroup() { return targetGroup; }
    public boolean isNonResident() { return nonResident; }
    public String getSummary() { return summary; }
    public Person getResponsible() { return responsible; }
    public CasePhase getPhase() { return phase; }
    public CaseOutcome getOutcome() { return outcome; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public long getVersion() { return version; }
    /** @return whether the case is restricted: read only, reads need a stated reason */
    public boolean isRestricted() { return restricted; }
    /** @return since when (UTC), or null */
    public LocalDateTime getRestrictedSince() { return restrictedSince; }
    /** @return the day the retention job pseudonymised the case's personal data, or null */
    public LocalDate getPersonalDataErasedOn() { return personalDataErasedOn; }
}
