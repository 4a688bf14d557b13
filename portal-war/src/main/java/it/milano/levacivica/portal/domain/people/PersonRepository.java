package it.milano.levacivica.portal.domain.people;

import java.util.List;
import java.util.Optional;

/** Where people are kept. */
public interface PersonRepository {
    Optional<Person> find(long id);
    Optional<Person> findByUsername(String username);
    boolean existsByUsernameOrEmail(String username, String email);
    List<Person> findAll();
    List<Person> findByRole(Role role);
    void add(Person person);
    void recordLoginFailure(LoginFailure failure);
    List<LoginFailure> recentLoginFailures(int max);
}
