package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an {@code invites} row to an {@link Invite}; a null email is a setup link, a null inviter an operator. */
public final class InviteRowMapper implements RowMapper<Invite> {

    @Override
    public Invite map(ResultSet rs, StatementContext ctx) throws SQLException {
        String email = rs.getString("email");
        Long invitedBy = Columns.nullableLong(rs, "invited_by");
        return new Invite(new InviteId(rs.getLong("id")), email == null ? null : new EmailAddress(email),
                Role.fromCode(rs.getString("role")), rs.getString("token_hash"),
                invitedBy == null ? null : new UserId(invitedBy), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "expires_at"), Columns.nullableInstant(rs, "used_at"),
                Columns.nullableInstant(rs, "revoked_at"));
    }
}
