package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.CampaignRecipients;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Test fake of {@link CampaignRecipients}: rows in insertion order, once per campaign and contact. */
public final class InMemoryCampaignRecipients implements CampaignRecipients {

    private final List<Stored> rows = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private int snapshotCalls;

    private record Stored(long id, CampaignId campaign, NewRecipient recipient) {
    }

    @Override
    public synchronized long insertSnapshot(CampaignId campaign, List<NewRecipient> recipients, Instant now) {
        snapshotCalls++;
        long added = 0;
        for (NewRecipient recipient : recipients) {
            if (keys.add(campaign.value() + "/" + recipient.contact().value())) {
                rows.add(new Stored(rows.size() + 1L, campaign, recipient));
                added++;
            }
        }
        return added;
    }

    @Override
    public synchronized CampaignStats stats(CampaignId campaign) {
        Map<Variant, long[]> byVariant = new EnumMap<>(Variant.class);
        long[] total = new long[3];
        Map<ExclusionReason, Long> exclusions = new LinkedHashMap<>();
        for (Stored row : of(campaign)) {
            long[] variant = byVariant.computeIfAbsent(row.recipient().variant(), v -> new long[3]);
            for (long[] counts : List.of(total, variant)) {
                counts[0]++;
                counts[row.recipient().isExcluded() ? 1 : 2]++;
            }
            if (row.recipient().isExcluded()) {
                exclusions.merge(row.recipient().exclusion(), 1L, Long::sum);
            }
        }
        Map<Variant, CampaignStats.Counts> variants = new EnumMap<>(Variant.class);
        byVariant.forEach((v, c) -> variants.put(v, counts(c)));
        return new CampaignStats(counts(total), variants, exclusions);
    }

    @Override
    public synchronized Page<RecipientRow> page(CampaignId campaign, RecipientStatus statusOrNull, PageRequest page) {
        List<RecipientRow> matching = of(campaign).stream().map(InMemoryCampaignRecipients::row)
                .filter(r -> statusOrNull == null || r.status() == statusOrNull).toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
    }

    @Override
    public long export(CampaignId campaign, Consumer<RecipientRow> sink) {
        List<Stored> stored;
        synchronized (this) {
            stored = of(campaign);
        }
        stored.forEach(s -> sink.accept(row(s)));
        return stored.size();
    }

    /** Every row of the campaign as inserted, in order. */
    public synchronized List<NewRecipient> snapshot(CampaignId campaign) {
        return of(campaign).stream().map(Stored::recipient).toList();
    }

    /** How many times a batch was inserted. */
    public synchronized int snapshotCalls() {
        return snapshotCalls;
    }

    private List<Stored> of(CampaignId campaign) {
        return rows.stream().filter(r -> r.campaign().equals(campaign)).toList();
    }

    private static CampaignStats.Counts counts(long[] c) {
        return new CampaignStats.Counts(c[0], c[1], c[2], 0, 0, 0, 0, 0, 0, 0);
    }

    private static RecipientRow row(Stored s) {
        NewRecipient r = s.recipient();
        ContactId contact = r.contact();
        return new RecipientRow(s.id(), contact, "Contact #" + contact.value(), r.phone(), r.variant(),
                r.isExcluded() ? RecipientStatus.EXCLUDED : RecipientStatus.PENDING, r.exclusion(), r.body(), null,
                null, null, null, null, null);
    }
}
