package it.milano.levacivica.portal.domain.rst;

import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A stay in temporary housing that began before the portal recorded placements (permanenza pregressa),
 * declared by a social worker with its first day. It counts towards the person's 18 months like a placement
 * ({@link RstRules#firstStart}): a declaration can only bring the person's first start earlier, never later.
 * Kept with who declared it and when; never changed once written. Mapped in {@code orm.xml}.
 */
public class DeclaredStay implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private CaseDetail.Member member;
    private LocalDate firstStart;
    private Person declaredBy;
    private LocalDateTime declaredAt;
    private long version;

    protected DeclaredStay() {
        // for JPA
    }

    /**
     * @param member the household member whose stay it is
     * @param firstStart the first day of the earlier stay
     * @param declaredBy the social worker who declares it
     * @param declaredAt when, in UTC (kept to the millisecond, as the database does)
     * @throws NullPointerException if any argument is null
     */
    public DeclaredStay(CaseDetail.Member member, LocalDate firstStart, Person declaredBy, LocalDateTime declaredAt) {
        this.member = Objects.requireNonNull(member, "member");
        this.firstStart = Objects.requireNonNull(firstStart, "firstStart");
        this.declaredBy = Objects.requireNonNull(declaredBy, "declaredBy");
        this.declaredAt = Objects.requireNonNull(declaredAt, "declaredAt").truncatedTo(ChronoUnit.MILLIS);
    }

    public Long getId() { return id; }
    public CaseDetail.Member getMember() { return member; }
    public LocalDate getFirstStart() { return firstStart; }
    public Person getDeclaredBy() { return declaredBy; }
    /** @return when it was declared, in UTC */
    public LocalDateTime getDeclaredAt() { return declaredAt; }
}
