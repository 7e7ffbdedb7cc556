package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import java.time.Instant;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;

/** Givens shared by the campaign adapter tests: empty tables, contacts, a list with members, a draft. */
final class CampaignTables {

    static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");

    private CampaignTables() {
    }

    static void empty(Jdbi jdbi) {
        jdbi.useHandle(handle -> handle.execute("""
                truncate campaigns, campaign_recipients, campaign_lists, campaign_list_members, saved_filters,
                         suppressions, contacts, properties, property_contacts restart identity cascade"""));
    }

    static long contact(Jdbi jdbi, String first, String last, String phone) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into contacts (first_name, last_name, phone, source, created_at, updated_at, last_activity_at)
                values (:first, :last, :phone, 'manual', :t, :t, :t) returning id
                """).bind("first", first).bind("last", last).bind("phone", phone).bind("t", T0)
                .mapTo(Long.class).one());
    }

    /** A list holding contacts 1..n (made here, phones +1617555xxxx, names First{i} Last{i}), in one statement. */
    static CampaignListId listOf(Jdbi jdbi, int n) {
        return jdbi.withHandle(handle -> {
            handle.createUpdate("""
                    insert into contacts (first_name, last_name, phone, source, created_at, updated_at, last_activity_at)
                    select 'First' || i, 'Last' || i, '+1617' || lpad(i::text, 7, '0'), 'manual', :t, :t, :t
                    from generate_series(1, :n) i
                    """).bind("n", n).bind("t", T0).execute();
            long list = handle.createQuery("""
                    insert into campaign_lists (name, created_at, updated_at) values ('List ' || :n, :t, :t)
                    returning id""").bind("n", n).bind("t", T0).mapTo(Long.class).one();
            handle.createUpdate("""
                    insert into campaign_list_members (list_id, contact_id, added_at)
                    select :list, id, :t from contacts""").bind("list", list).bind("t", T0).execute();
            return new CampaignListId(list);
        });
    }

    static CampaignDraft draft(Audience audience, String messageA, String messageB) {
        return new CampaignDraft("Spring promo", audience, MessageTemplate.parse(messageA),
                messageB == null ? null : MessageTemplate.parse(messageB), 125,
                SendingWindow.standard(ZoneId.of("America/New_York")), false, null);
    }
}
