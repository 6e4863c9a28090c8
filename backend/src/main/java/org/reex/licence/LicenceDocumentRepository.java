package org.reex.licence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.reex.shared.db.LargeValues;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Stores a licence's document through a server-side prepared statement ({@link LargeValues}: why). */
@Singleton
public class LicenceDocumentRepository {

    private static final String UPDATE = "UPDATE licence SET document_file_name = ?, document_sha256 = ?, document = ?, "
            + "updated_at = ?, version = version + 1 WHERE id = ?";

    private final JdbcOperations jdbc;

    public LicenceDocumentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Call with the licence's row locked (LicenceRepository.findByIdForUpdate). */
    public void attach(long licenceId, String fileName, String sha256, byte[] content, Instant now) {
        try (PreparedStatement update = LargeValues.prepare(jdbc.getConnection(), UPDATE, false)) {
            update.setString(1, fileName);
            update.setString(2, sha256);
            update.setBytes(3, content);
            update.setObject(4, LargeValues.utc(now));
            update.setLong(5, licenceId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("could not store the licence document: " + e.getMessage(), e);
        }
    }
}
