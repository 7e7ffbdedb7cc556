package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.domain.campaign.SendingWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * How long a campaign needs under its daily limit: the sending days (one daily limit each) and the calendar days they
 * span counted from today in the window's zone, today included only while its window has not closed.
 */
record SendingDays(long sendingDays, long calendarDays) {

    static SendingDays estimate(long eligible, int dailyLimit, SendingWindow window, Instant now) {
        if (eligible <= 0) {
            return new SendingDays(0, 0);
        }
        long needed = (eligible + dailyLimit - 1) / dailyLimit;
        ZonedDateTime local = now.atZone(window.zone());
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(window.end())) {
            day = day.plusDays(1);
        }
        long calendar = day.equals(local.toLocalDate()) ? 0 : 1;
        long counted = 0;
        while (true) {
            calendar++;
            if (window.days().contains(day.getDayOfWeek()) && ++counted == needed) {
                return new SendingDays(needed, calendar);
            }
            day = day.plusDays(1);
        }
    }
}
