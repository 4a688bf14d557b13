package it.milano.levacivica.portal.domain.rst;

import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import java.io.Serializable;
import java.time.LocalDate;

/** A person of a case waiting for a place of the housing type their category needs. Mapped in {@code orm.xml}. */
public class WaitingEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private SsptCase ssptCase;
    private CaseDetail.Member member;
    private BeneficiaryCategory category;
    private LocalDate since;
    private boolean placed;
    private long version;

    protected WaitingEntry() {
    }

    public WaitingEntry(SsptCase c, CaseDetail.Member member, BeneficiaryCategory category, LocalDate since) {
        this.ssptCase = c;
        this.member = member;
        this.category = category;
        this.since = since;
    }

    public void markPlaced() {
        this.placed = true;
    }

    public Long getId() { return id; }
    public SsptCase getSsptCase() { return ssptCase; }
    public CaseDetail.Member getMember() { return member; }
    public BeneficiaryCategory getCategory() { return category; }
    public LocalDate getSince() { return since; }
    public boolean isPlaced() { return placed; }
    public long getVersion() { return version; }
}
