package it.milano.levacivica.portal.domain.sspt;

import it.milano.levacivica.portal.domain.people.Person;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A move of a case between phases: who, when, a note. Append-only. */
public class CaseTransition implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private SsptCase ssptCase;
    private CasePhase fromPhase;
    private CasePhase toPhase;
    private Person actor;
    private LocalDateTime occurredAt;
    private String note;
    private long version;

    protected CaseTransition() {
        // for JPA
    }

    CaseTransition(SsptCase c, CasePhase from, CasePhase to, Person actor, LocalDateTime at, String note) {
        this.ssptCase = c;
        this.fromPhase = from;
        this.toPhase = to;
        this.actor = actor;
        this.occurredAt = at;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() { return id; }
    public SsptCase getSsptCase() { return ssptCase; }
    public CasePhase getFromPhase() { return fromPhase; }
    public CasePhase getToPhase() { return toPhase; }
    public Person getActor() { return actor; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
}
