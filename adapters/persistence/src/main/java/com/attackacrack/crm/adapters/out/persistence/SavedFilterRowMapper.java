package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.campaign.AudienceFilter;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A {@code saved_filters} row to a {@link SavedFilter}, and the criteria's {@code jsonb} both ways: built by PostgreSQL
 * from one bind parameter per criterion ({@link #BUILD_CRITERIA}, nulls left out) and read back one key at a time
 * ({@link #COLUMNS}), so no JSON library is needed.
 */
final class SavedFilterRowMapper implements RowMapper<SavedFilter> {

    /** The jsonb of the criteria bound by {@link #bindCriteria}. */
    static final String BUILD_CRITERIA = """
            jsonb_strip_nulls(jsonb_build_object(
                'leadSource', cast(:leadSource as text), 'customer', cast(:customer as boolean),
                'hasEmail', cast(:hasEmail as boolean), 'propertyType', cast(:propertyType as text),
                'city', cast(:city as text), 'zip', cast(:zip as text), 'equityMin', cast(:equityMin as integer),
                'equityMax', cast(:equityMax as integer), 'ownerOccupied', cast(:ownerOccupied as boolean),
                'inList', cast(:inList as bigint), 'notInList', cast(:notInList as bigint),
                'notTextedInDays', cast(:notTextedInDays as integer),
                'neverReplied', case when cast(:neverReplied as boolean) then true end))""";

    /** The columns this mapper reads, from the table aliased {@code f}. */
    static final String COLUMNS = """
            f.id, f.name, f.created_at, f.updated_at, f.criteria ->> 'leadSource' as lead_source,
            cast(f.criteria ->> 'customer' as boolean) as customer, cast(f.criteria ->> 'hasEmail' as boolean) as has_email,
            f.criteria ->> 'propertyType' as property_type, f.criteria ->> 'city' as city, f.criteria ->> 'zip' as zip,
            cast(f.criteria ->> 'equityMin' as integer) as equity_min, cast(f.criteria ->> 'equityMax' as integer) as equity_max,
            cast(f.criteria ->> 'ownerOccupied' as boolean) as owner_occupied,
            cast(f.criteria ->> 'inList' as bigint) as in_list, cast(f.criteria ->> 'notInList' as bigint) as not_in_list,
            cast(f.criteria ->> 'notTextedInDays' as integer) as not_texted_in_days,
            coalesce(cast(f.criteria ->> 'neverReplied' as boolean), false) as never_replied""";

    /** Binds the parameters of {@link #BUILD_CRITERIA}. */
    static <S extends SqlStatement<S>> S bindCriteria(S statement, AudienceFilter criteria) {
        return statement.bind("leadSource", criteria.leadSource())
                .bind("customer", criteria.customer())
                .bind("hasEmail", criteria.hasEmail())
                .bind("propertyType", criteria.propertyType())
                .bind("city", criteria.city())
                .bind("zip", criteria.zip())
                .bind("equityMin", criteria.equityMin())
                .bind("equityMax", criteria.equityMax())
                .bind("ownerOccupied", criteria.ownerOccupied())
                .bind("inList", criteria.inList() == null ? null : criteria.inList().value())
                .bind("notInList", criteria.notInList() == null ? null : criteria.notInList().value())
                .bind("notTextedInDays", criteria.notTextedInDays())
                .bind("neverReplied", criteria.neverReplied());
    }

    @Override
    public SavedFilter map(ResultSet rs, StatementContext ctx) throws SQLException {
        Long inList = Columns.nullableLong(rs, "in_list");
        Long notInList = Columns.nullableLong(rs, "not_in_list");
        AudienceFilter criteria = new AudienceFilter(rs.getString("lead_source"), rs.getObject("customer", Boolean.class),
                rs.getObject("has_email", Boolean.class), rs.getString("property_type"), rs.getString("city"),
                rs.getString("zip"), rs.getObject("equity_min", Integer.class), rs.getObject("equity_max", Integer.class),
                rs.getObject("owner_occupied", Boolean.class), inList == null ? null : new CampaignListId(inList),
                notInList == null ? null : new CampaignListId(notInList), rs.getObject("not_texted_in_days", Integer.class),
                rs.getBoolean("never_replied"));
        return new SavedFilter(new SavedFilterId(rs.getLong("id")), rs.getString("name"), criteria,
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}
