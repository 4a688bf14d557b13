/**
 * The private calendar feed (issue 18): a person's feed token (stored as a hash) and the dated events of their
 * roles that the feed lists, as codes and dates only. Plain Java: the SQL is in {@code infrastructure.persistence}.
 */
package it.milano.levacivica.portal.domain.calendar;
