/**
 * The rules of a service year: {@link it.milano.levacivica.core.rules.RuleSet} (every number of a
 * programme, versioned; {@link it.milano.levacivica.core.rules.RuleSets} ships Leva Civica and Servizio
 * Civile Universale and reads rule-set files), {@link it.milano.levacivica.core.rules.ServiceYear},
 * and {@link it.milano.levacivica.core.rules.ServiceRecord}, which validates new entries and absences
 * and reviews a whole year, answering with {@link it.milano.levacivica.core.rules.Violation}s that
 * carry a stable {@link it.milano.levacivica.core.rules.RuleId}, a severity, typed values (dates,
 * {@link it.milano.levacivica.core.rules.Week}s, months, hours, counts) and a message in Italian or English
 * written by {@link it.milano.levacivica.core.rules.Texts}.
 *
 * <p>No dependency beyond the JDK; every type is immutable and thread-safe except
 * {@link it.milano.levacivica.core.rules.RuleSet.Builder}; "today" always comes from a
 * {@link java.time.Clock} passed in.
 */
package it.milano.levacivica.core.rules;
