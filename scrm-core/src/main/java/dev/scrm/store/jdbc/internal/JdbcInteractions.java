package dev.scrm.store.jdbc.internal;

import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionId;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.InteractionStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JDBC {@link InteractionStore}: interactions in {@code scrm_interaction}. Reads stream through a
 * database cursor ({@link Cursor}); {@link #appendAll} is {@link InteractionIngest}'s. Thread-safe: all state
 * is in the database.
 */
final class JdbcInteractions implements InteractionStore {

    private final Db db;
    private final InteractionIngest ingest;

    JdbcInteractions(Db db) {
        this.db = db;
        this.ingest = new InteractionIngest(db);
    }

    @Override
    public boolean append(Interaction interaction, String actor) {
        Objects.requireNonNull(interaction, "interaction");
        return appendAll(List.of(interaction), actor) == 1;
    }

    @Override
    public int appendAll(Collection<Interaction> interactions, String actor) {
        return ingest.appendAll(interactions, actor);
    }

    @Override
    public Optional<Interaction> find(InteractionId id) {
        Objects.requireNonNull(id, "id");
        return db.read("findInteraction", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + Rows.INTERACTION_READ_COLUMNS + " FROM scrm_interaction WHERE platform = ? AND native_id = ?")) {
                ps.setString(1, id.platform().id());
                ps.setString(2, id.nativeId());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Rows.readInteraction(rs, 1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Interaction> query(InteractionQuery query) {
        Objects.requireNonNull(query, "query");
        try (Stream<Interaction> s = stream(query)) {
            return s.collect(Collectors.toUnmodifiableList());
        }
    }

    @Override
    public Stream<Interaction> stream(InteractionQuery query) {
        Objects.requireNonNull(query, "query");
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT x.body, x.raw_type, x.raw_body FROM scrm_interaction x");
        List<String> where = new ArrayList<>();
        if (query.customer() != null) {
            sql.append(" JOIN scrm_identity i ON ").append(Dialects.authorJoin(db.dialect(), "i", "x"));
            where.add("i.customer_id = ?");
            params.add(query.customer().value());
        }
        if (query.author() != null) {
            where.add(Dialects.authorIs(db.dialect(), "x"));
            params.addAll(Dialects.authorValues(db.dialect(), query.author()));
        }
        if (query.platform() != null) {
            where.add(Dialects.platformIs(db.dialect(), "x"));
            params.addAll(Dialects.platformValues(db.dialect(), query.platform().id()));
        }
        if (!query.kinds().isEmpty()) {
            where.add("x.kind IN (" + String.join(", ", java.util.Collections.nCopies(query.kinds().size(), "?"))
                    + ")");
            query.kinds().forEach(k -> params.add(k.name()));
        }
        if (query.from() != null) {
            where.add("(x.occurred_s > ? OR (x.occurred_s = ? AND x.occurred_n >= ?))");
            params.add(query.from().getEpochSecond());
            params.add(query.from().getEpochSecond());
            params.add(query.from().getNano());
        }
        if (query.to() != null) {
            where.add("(x.occurred_s < ? OR (x.occurred_s = ? AND x.occurred_n < ?))");
            params.add(query.to().getEpochSecond());
            params.add(query.to().getEpochSecond());
            params.add(query.to().getNano());
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY x.occurred_s, x.occurred_n, x.platform, x.native_id");
        if (query.limit() != InteractionQuery.MAX_LIMIT) {
            sql.append(" FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        }
        return Cursor.open(db, "query", sql.toString(), ps -> {
            for (int k = 0; k < params.size(); k++) {
                Object v = params.get(k);
                if (v instanceof Long l) {
                    ps.setLong(k + 1, l);
                } else if (v instanceof Integer n) {
                    ps.setInt(k + 1, n);
                } else {
                    ps.setString(k + 1, (String) v);
                }
            }
        }, (rs, cursor) -> Rows.readInteraction(rs, 1));
    }

    @Override
    public long interactionCount() {
        return db.read("interactionCount", c -> CustomerRows.count(c, "SELECT COUNT(*) FROM scrm_interaction"));
    }
}
