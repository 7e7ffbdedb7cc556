package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code campaigns} row (V12); window_days is stored as 'MON,TUE,...' in week order. */
final class CampaignRowMapper implements RowMapper<Campaign> {

    static final String COLUMNS = """
            k.id, k.name, k.status, k.audience_list_id, k.audience_filter_id, k.message_a, k.message_b, k.daily_limit,
            k.window_days, k.window_start, k.window_end, k.window_zone, k.skip_in_other_running,
            k.skip_texted_within_days, k.scheduled_at, k.created_at, k.updated_at, k.started_at, k.finished_at""";

    @Override
    public Campaign map(ResultSet rs, StatementContext ctx) throws SQLException {
        Long list = Columns.nullableLong(rs, "audience_list_id");
        Audience audience = list != null ? new Audience.ListAudience(new CampaignListId(list))
                : new Audience.FilterAudience(new SavedFilterId(rs.getLong("audience_filter_id")));
        String messageB = rs.getString("message_b");
        int skipDays = rs.getInt("skip_texted_within_days");
        Integer skip = rs.wasNull() ? null : skipDays;
        SendingWindow window = new SendingWindow(days(rs.getString("window_days")),
                rs.getObject("window_start", LocalTime.class), rs.getObject("window_end", LocalTime.class),
                ZoneId.of(rs.getString("window_zone")));
        return new Campaign(new CampaignId(rs.getLong("id")), rs.getString("name"),
                CampaignStatus.ofWord(rs.getString("status")), audience, MessageTemplate.parse(rs.getString("message_a")),
                messageB == null ? null : MessageTemplate.parse(messageB), rs.getInt("daily_limit"), window,
                rs.getBoolean("skip_in_other_running"), skip, Columns.nullableInstant(rs, "scheduled_at"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"),
                Columns.nullableInstant(rs, "started_at"), Columns.nullableInstant(rs, "finished_at"));
    }

    static String daysText(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(text.split(",")).forEach(word -> days.add(Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().startsWith(word)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown day '" + word + "' in campaigns.window_days"))));
        return days;
    }
}
