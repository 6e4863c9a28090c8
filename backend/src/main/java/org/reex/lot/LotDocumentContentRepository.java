package org.reex.lot;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.reex.shared.db.LargeValues;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Inserts a document with its content through a server-side prepared statement ({@link LargeValues}: why). */
@Singleton
public class LotDocumentContentRepository {

    private static final String INSERT = "INSERT INTO lot_document (lot_id, kind, file_name, content_type, size_bytes, "
            + "sha256, content, uploaded_by_user_id, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;

    public LotDocumentContentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored document, with its id. */
    public LotDocument insert(LotDocument d) {
        try (PreparedStatement insert = LargeValues.prepare(jdbc.getConnection(), INSERT, true)) {
            insert.setLong(1, d.lotId());
            insert.setString(2, d.kind());
            insert.setString(3, d.fileName());
            insert.setString(4, d.contentType());
            insert.setLong(5, d.sizeBytes());
            insert.setString(6, d.sha256());
            insert.setBytes(7, d.content());
            insert.setLong(8, d.uploadedByUserId());
            insert.setObject(9, LargeValues.utc(d.uploadedAt()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new LotDocument(keys.getLong(1), d.lotId(), d.kind(), d.fileName(), d.contentType(), d.sizeBytes(),
                        d.sha256(), d.content(), d.uploadedByUserId(), d.uploadedAt());
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not store the document: " + e.getMessage(), e);
        }
    }
}
