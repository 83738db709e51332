package org.pressstats.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pressstats.common.Caller;
import org.pressstats.common.Page;
import org.pressstats.common.PageRequest;
import org.pressstats.common.Timestamps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/** The append-only change log: written in the caller's transaction, read page by page. */
@ApplicationScoped
public class History {

    public static final Map<String, String> SORTABLE = Map.of("at", "at", "version", "version");

    /** Filters of the change log across everything; null means no filter. */
    public record Filter(String actor, EntityType entity, String key, Instant from, Instant to) {
    }

    private static final String COLUMNS = "id, entity, entity_key, version, action, actor, at, restored_from";

    // the version is the next one for this record; writes are serialized by the data_version row they all bump
    private static final String INSERT = "INSERT INTO history (entity, entity_key, version, action, actor, at, before, after, restored_from) "
            + "SELECT ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?::jsonb, ?::jsonb, ? FROM history WHERE entity = ? AND entity_key = ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    /** Appends one entry for a change made in the current transaction; before or after is null for a create or delete. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(EntityType entity, String key, Action action, Object before, Object after, Integer restoredFrom) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, entity.name());
            insert.setString(2, key);
            insert.setString(3, action.name());
            insert.setString(4, caller.name());
            insert.setTimestamp(5, Timestamp.from(Timestamps.now()));
            setJson(insert, 6, before);
            setJson(insert, 7, after);
            if (restoredFrom == null) {
                insert.setNull(8, Types.INTEGER);
            } else {
                insert.setInt(8, restoredFrom);
            }
            insert.setString(9, entity.name());
            insert.setString(10, key);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write history of " + entity + " " + key, e);
        }
    }

    /** One change of a bulk write: the key, the action and the representations before and after, as JSON. */
    public record Entry(EntityType entity, String key, Action action, String before, String after) {
    }

    /**
     * Appends many entries in one statement on the caller's connection (bulk imports): one entry per key, each the
     * next version of its key; the actor is the caller.
     */
    public void recordAll(Connection connection, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO history (entity, entity_key, version, "
                + "action, actor, at, before, after) SELECT e.entity, e.key, coalesce((SELECT max(h.version) FROM history h "
                + "WHERE h.entity = e.entity AND h.entity_key = e.key), 0) + 1, e.action, ?, ?, e.before::jsonb, "
                + "e.after::jsonb FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
                + "AS e (entity, key, action, before, after)")) {
            insert.setString(1, caller.name());
            insert.setTimestamp(2, Timestamp.from(Timestamps.now()));
            insert.setArray(3, connection.createArrayOf("text", entries.stream().map(e -> e.entity().name()).toArray()));
            insert.setArray(4, connection.createArrayOf("text", entries.stream().map(Entry::key).toArray()));
            insert.setArray(5, connection.createArrayOf("text", entries.stream().map(e -> e.action().name()).toArray()));
            insert.setArray(6, connection.createArrayOf("text", entries.stream().map(Entry::before).toArray()));
            insert.setArray(7, connection.createArrayOf("text", entries.stream().map(Entry::after).toArray()));
            insert.executeUpdate();
        }
    }

    /** The versions of one record, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChangeSummary> versions(EntityType entity, String key, PageRequest page) {
        return page(" WHERE entity = ? AND entity_key = ?", List.of(entity.name(), key), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Change> version(EntityType entity, String key, int version) {
        return one("SELECT " + COLUMNS + ", before::text, after::text FROM history WHERE entity = ? AND entity_key = ? AND version = ?",
                List.of(entity.name(), key, version));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Change> entry(long id) {
        return one("SELECT " + COLUMNS + ", before::text, after::text FROM history WHERE id = ?", List.of(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChangeSummary> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            where.append(" AND actor = ?");
            params.add(filter.actor());
        }
        if (filter.entity() != null) {
            where.append(" AND entity = ?");
            params.add(filter.entity().name());
        }
        if (filter.key() != null) {
            where.append(" AND entity_key = ?");
            params.add(filter.key());
        }
        if (filter.from() != null) {
            where.append(" AND at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        return page(where.toString(), params, page);
    }

    private Page<ChangeSummary> page(String where, List<Object> params, PageRequest page) {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT count(*) FROM history" + where, params);
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<ChangeSummary> items = new ArrayList<>();
            // orderBy is built from a whitelist by PageRequest, never from client text
            try (PreparedStatement query = prepare(connection, "SELECT " + COLUMNS + " FROM history" + where
                    + " ORDER BY " + page.orderBy() + " LIMIT " + page.size() + " OFFSET " + page.offset(), params);
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    items.add(summary(rs));
                }
            }
            return Page.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Change> one(String sql, List<Object> params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = prepare(connection, sql, params);
                ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            ChangeSummary s = summary(rs);
            return Optional.of(new Change(s.id(), s.entity(), s.key(), s.version(), s.action(), s.actor(), s.at(),
                    s.restoredFrom(), rs.getString(9), rs.getString(10)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChangeSummary summary(ResultSet rs) throws SQLException {
        int restored = rs.getInt(8);
        Integer restoredFrom = rs.wasNull() ? null : restored;
        return new ChangeSummary(rs.getLong(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                Action.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(), restoredFrom);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    private void setJson(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
            return;
        }
        try {
            statement.setString(index, json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
