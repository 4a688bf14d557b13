/**
 * The year's report for the Comune (issue 18 part 4): counts and sums of a calendar year, made by the database
 * (GROUP BY, COUNT, SUM) so that a report costs the same few queries whatever the number of volunteers.
 */
package it.milano.levacivica.portal.domain.report;
