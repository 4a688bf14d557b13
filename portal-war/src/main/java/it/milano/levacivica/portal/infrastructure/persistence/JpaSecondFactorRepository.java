package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.people.RecoveryCode;
import it.milano.levacivica.portal.domain.people.SecondFactor;
import it.milano.levacivica.portal.domain.people.SecondFactorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSecondFactorRepository implements SecondFactorRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<SecondFactor> find(long personId) {
        return Optional.ofNullable(em.find(SecondFactor.class, personId));
    }

    @Override
    public boolean isEnrolled(long personId) {
        return em.createQuery("select count(f) from SecondFactor f where f.personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult() > 0;
    }

    @Override
    public void add(SecondFactor factor) {
        em.persist(factor);
    }

    @Override
    public void addRecoveryCode(RecoveryCode code) {
        em.persist(code);
    }

    @Override
    public List<RecoveryCode> unusedRecoveryCodes(long personId) {
        return em.createQuery("select c from RecoveryCode c where c.personId = :p and c.usedAt is null", RecoveryCode.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public boolean remove(long personId) {
        em.createQuery("delete from RecoveryCode c where c.personId = :p").setParameter("p", personId).executeUpdate();
        return em.createQuery("delete from SecondFactor f where f.personId = :p").setParameter("p", personId).executeUpdate() > 0;
    }
}
