package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code users} row to a {@link User}. */
public final class UserRowMapper implements RowMapper<User> {

    @Override
    public User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(new UserId(rs.getLong("id")), new EmailAddress(rs.getString("email")),
                new PersonName(rs.getString("first_name"), rs.getString("last_name")), rs.getString("password_hash"),
                Role.fromCode(rs.getString("role")), rs.getBoolean("active"), Columns.instant(rs, "created_at"),
                Columns.nullableInstant(rs, "last_login_at"));
    }
}
