/**
 * The private calendar feed over HTTP: {@code GET /calendar/<token>.ics} ({@link
 * it.milano.levacivica.portal.interfaces.calendar.CalendarFeedServlet}) and the iCalendar text it answers ({@link
 * it.milano.levacivica.portal.interfaces.calendar.ICalendarWriter}). What a feed lists is decided in {@code
 * application.CalendarFeedService}.
 */
package it.milano.levacivica.portal.interfaces.calendar;
