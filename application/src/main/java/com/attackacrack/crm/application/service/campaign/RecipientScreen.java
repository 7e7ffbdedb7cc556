package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.ExclusionReason.Kind;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.campaign.VariantSplit;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides what a campaign does with one audience member: the variant (by {@link VariantSplit}), then the first
 * exclusion that applies in the order of {@link Kind}, else the message rendered for that variant. A message is
 * only ever the result of a complete rendering, so a raw token is never in it.
 */
final class RecipientScreen {

    private RecipientScreen() {
    }

    static NewRecipient screen(Campaign campaign, AudienceMember member, Instant now) {
        Variant variant = VariantSplit.variantFor(campaign.id(), member.contact(), campaign.hasVariantB());
        if (member.suppressed()) {
            return excluded(member, variant, ExclusionReason.of(Kind.SUPPRESSED));
        }
        if (member.optedOut()) {
            return excluded(member, variant, ExclusionReason.of(Kind.DO_NOT_CONTACT));
        }
        if (member.phone() == null) {
            return excluded(member, variant, ExclusionReason.of(Kind.NO_VALID_PHONE));
        }
        if (textedRecently(campaign, member, now)) {
            return excluded(member, variant, ExclusionReason.of(Kind.RECENTLY_TEXTED));
        }
        if (campaign.skipInOtherRunning() && member.inOtherRunningCampaign()) {
            return excluded(member, variant, ExclusionReason.of(Kind.IN_ANOTHER_CAMPAIGN));
        }
        MessageTemplate template = variant == Variant.B ? campaign.messageB() : campaign.messageA();
        MessageTemplate.Rendering rendering = template.render(member.tokens());
        if (!rendering.resolved()) {
            return excluded(member, variant, ExclusionReason.unresolved(rendering.unresolvedToken()));
        }
        return NewRecipient.eligible(member.contact(), member.phone(), variant, rendering.text());
    }

    private static boolean textedRecently(Campaign campaign, AudienceMember member, Instant now) {
        Integer days = campaign.skipTextedWithinDays();
        return days != null && member.lastOutboundAt() != null
                && member.lastOutboundAt().isAfter(now.minus(Duration.ofDays(days)));
    }

    private static NewRecipient excluded(AudienceMember member, Variant variant, ExclusionReason reason) {
        return NewRecipient.excluded(member.contact(), member.phone(), variant, reason);
    }
}
