package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code campaign_lists} row (columns {@link #COLUMNS}) to a {@link CampaignList}. */
final class CampaignListRowMapper implements RowMapper<CampaignList> {

    /** The columns this mapper reads, from the table aliased {@code l}. */
    static final String COLUMNS = "l.id, l.name, l.description, l.member_count, l.created_at, l.updated_at";

    @Override
    public CampaignList map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CampaignList(new CampaignListId(rs.getLong("id")), rs.getString("name"), rs.getString("description"),
                rs.getLong("member_count"), Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}
