package org.reex.tip;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.reex.shared.db.LargeValues;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A tip's links to organizations and lots (added, never removed), and the insert of its attachment. */
@Singleton
public class TipLinks {

    private final JdbcOperations jdbc;

    public TipLinks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void linkOrganizations(long tipId, Collection<Long> organizationIds) {
        link("INSERT IGNORE INTO tip_organization (tip_id, organization_id) VALUES (?, ?)", tipId, organizationIds);
    }

    public void linkLots(long tipId, Collection<Long> lotIds) {
        link("INSERT IGNORE INTO tip_lot (tip_id, lot_id) VALUES (?, ?)", tipId, lotIds);
    }

    public List<Long> organizationIds(long tipId) {
        return ids("SELECT organization_id FROM tip_organization WHERE tip_id = ? ORDER BY organization_id", tipId);
    }

    public List<Long> lotIds(long tipId) {
        return ids("SELECT lot_id FROM tip_lot WHERE tip_id = ? ORDER BY lot_id", tipId);
    }

    public void recordFlag(long tipId, long flagId) {
        jdbc.prepareStatement("INSERT INTO tip_flag (tip_id, flag_id) VALUES (?, ?)", statement -> {
            statement.setLong(1, tipId);
            statement.setLong(2, flagId);
            return statement.executeUpdate();
        });
    }

    public java.util.Optional<Long> flagId(long tipId) {
        return ids("SELECT flag_id FROM tip_flag WHERE tip_id = ?", tipId).stream().findFirst();
    }

    /** The same as a locking read: the latest committed row, whatever the transaction's snapshot. */
    public java.util.Optional<Long> flagIdForUpdate(long tipId) {
        return ids("SELECT flag_id FROM tip_flag WHERE tip_id = ? FOR UPDATE", tipId).stream().findFirst();
    }

    /** Stores the file through a server-side prepared statement, so 10 MiB travel as 10 MiB ({@link LargeValues}). */
    public void insertAttachment(TipAttachment a) {
        String sql = "INSERT INTO tip_attachment (tip_id, file_name, content_type, size_bytes, sha256, content) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = LargeValues.prepare(jdbc.getConnection(), sql, false)) {
            insert.setLong(1, a.tipId());
            insert.setString(2, a.fileName());
            insert.setString(3, a.contentType());
            insert.setLong(4, a.sizeBytes());
            insert.setString(5, a.sha256());
            insert.setBytes(6, a.content());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not store the tip's file: " + e.getMessage(), e);
        }
    }

    private void link(String sql, long tipId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (long id : ids) {
                statement.setLong(1, tipId);
                statement.setLong(2, id);
                statement.addBatch();
            }
            statement.executeBatch();
            return null;
        });
    }

    private List<Long> ids(String sql, long tipId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, tipId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }
}
