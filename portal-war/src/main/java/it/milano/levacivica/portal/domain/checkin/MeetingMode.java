package it.milano.levacivica.portal.domain.checkin;

/** How a check-in was held. */
public enum MeetingMode {
    IN_PERSON, PHONE, VIDEO
}
