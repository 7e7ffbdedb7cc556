package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.application.port.out.AudienceMembers;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.CampaignId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Test fake of {@link AudienceMembers}: each audience holds the members a test gives it, in the order given. */
public final class InMemoryAudienceMembers implements AudienceMembers {

    private final Map<Audience, List<AudienceMember>> members = new HashMap<>();

    /** Adds members to the audience. */
    public synchronized void given(Audience audience, AudienceMember... added) {
        members.computeIfAbsent(audience, a -> new ArrayList<>()).addAll(List.of(added));
    }

    @Override
    public long forEach(Audience audience, CampaignId campaign, Consumer<AudienceMember> sink) {
        List<AudienceMember> copy;
        synchronized (this) {
            copy = List.copyOf(members.getOrDefault(audience, List.of()));
        }
        copy.forEach(sink);
        return copy.size();
    }
}
