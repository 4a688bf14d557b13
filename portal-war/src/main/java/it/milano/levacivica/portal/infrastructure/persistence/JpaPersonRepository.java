package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.people.ApiToken;
import it.milano.levacivica.portal.domain.people.LoginFailure;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Person> lock(long id) {
        return Optional.ofNullable(em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Person> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", username).getResultStream().filter(p -> p.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<Person> findByFiscalCode(it.milano.levacivica.portal.domain.people.FiscalCode code) {
        return em.createQuery("select p from Person p where p.fiscalCode = :c", Person.class)
                .setParameter("c", code.value()).getResultStream().findFirst();
    }

    @Override
    public Optional<Person> lockByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", username).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().filter(p -> p.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<AccountState> accountState(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select p.username, p.securityStamp, p.enabled, p.mustChangePassword from Person p where p.username = :u",
                        Object[].class)
                .setParameter("u", username).getResultStream()
                .filter(r -> username.equals(r[0]))
                .map(r -> new AccountState((String) r[0], (String) r[1], (Boolean) r[2], (Boolean) r[3]))
                .findFirst();
    }

    @Override
    public long countLoginFailures(String username, String address, LocalDateTime since) {
        return em.createQuery("select count(f) from LoginFailure f where f.username = :u and f.occurredAt >= :since"
                        + " and (:a is null or f.remoteAddress = :a)", Long.class)
                .setParameter("u", username).setParameter("since", since).setParameter("a", address).getSingleResult();
    }

    @Override
    public boolean existsByUsernameOrEmail(String username, String email) {
        return em.createQuery("select count(p) from Person p where p.username = :u or p.email = :e", Long.class)
                .setParameter("u", username).setParameter("e", email).getSingleResult() > 0;
    }

    @Override
    public List<Person> page(Role role, Long beforeId, int max) {
        long before = beforeId == null ? Long.MAX_VALUE : beforeId;
        if (role == null) {
            return em.createQuery("select p from Person p where p.id < :b order by p.id desc", Person.class)
                    .setParameter("b", before).setMaxResults(max).getResultList();
        }
        // roles are stored as ",A,B," (RolesConverter): a native LIKE finds one of them; the page is cut by the database
        @SuppressWarnings("unchecked")
        List<Person> people = em.createNativeQuery("select * from person where roles like ? and id < ? order by id desc limit ?", Person.class)
                .setParameter(1, "%," + role.name() + ",%").setParameter(2, before).setParameter(3, max).getResultList();
        return people;
    }

    @Override
    public List<Person> search(String text, Role role, String afterName, Long afterId, int max) {
        StringBuilder sql = new StringBuilder("select * from person where 1 = 1");
        List<Object> values = new java.util.ArrayList<>();
        if (text != null && !text.isBlank()) {
            String prefix = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (full_name like ? or username like ?)");
            values.add(prefix);
            values.add(prefix);
        }
        if (role != null) {
            // roles are stored as ",A,B," (RolesConverter)
            sql.append(" and roles like ?");
            values.add("%," + role.name() + ",%");
        }
        if (afterName != null && afterId != null) {
            sql.append(" and (full_name > ? or (full_name = ? and id > ?))");
            values.add(afterName);
            values.add(afterName);
            values.add(afterId);
        }
        sql.append(" order by full_name, id limit ?");
        values.add(max);
        var q = em.createNativeQuery(sql.toString(), Person.class);
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Person> people = q.getResultList();
        return people;
    }

    @Override
    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    @Override
    public void recordLoginFailure(LoginFailure failure) {
        em.persist(failure);
    }

    @Override
    public void addToken(ApiToken token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String hash) {
        return em.createQuery("select t from ApiToken t join fetch t.person where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> tokensOf(long personId) {
        return em.createQuery("select t from ApiToken t where t.person.id = :p order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<LoginFailure> recentLoginFailures(int max) {
        return em.createQuery("select f from LoginFailure f order by f.occurredAt desc", LoginFailure.class)
                .setMaxResults(max).getResultList();
    }
}
