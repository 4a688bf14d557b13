/**
 * Progress and pace of a service year: {@link it.milano.levacivica.core.forecast.Progress} (done,
 * target and remaining per category), {@link it.milano.levacivica.core.forecast.PaceForecast} (ahead or
 * behind a steady pace, hours per week needed, expected completion) and
 * {@link it.milano.levacivica.core.forecast.ScheduleCheck} (does a planned week reach the targets).
 *
 * <p>Everything here is computed from a {@link it.milano.levacivica.core.rules.ServiceRecord}; all
 * types are immutable and thread-safe, and a date is always passed in, never read from the system.
 */
package it.milano.levacivica.core.forecast;
