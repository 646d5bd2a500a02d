package io.vcdsim.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The certificate library of each org; {@code tx.store(CertificateStore::new)}. */
public final class CertificateStore {
    /** A certificate as kept: its PEM as sent and, when one came with it, its private key as PKCS#8 PEM. */
    public record Row(UUID id, UUID orgId, String alias, String description, String certificate, String privateKey,
                      Instant created) {
        public Row withLabels(String newAlias, String newDescription) {
            return new Row(id, orgId, newAlias, newDescription, certificate, privateKey, created);
        }
    }

    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "org_id"),
            rs.getString("alias"), rs.getString("description"), rs.getString("certificate"),
            rs.getString("private_key"), Rows.instant(rs, "created"));
    private final Handle h;

    public CertificateStore(Handle h) {
        this.h = h;
    }

    public Optional<Row> find(UUID id) {
        return h.createQuery("SELECT * FROM certificate_library_item WHERE id = :id").bind("id", id).map(MAPPER)
                .findOne();
    }

    /** The certificate, locked until the transaction ends: its deletion and what starts to use it take turns. */
    public Optional<Row> lock(UUID id) {
        return h.createQuery("SELECT * FROM certificate_library_item WHERE id = :id FOR UPDATE").bind("id", id)
                .map(MAPPER).findOne();
    }

    public List<Row> found(List<UUID> ids) {
        return Rows.inOrder(h, "SELECT * FROM certificate_library_item WHERE id IN (<ids>)", ids, MAPPER, Row::id);
    }

    /** True when another certificate of the org has this alias (ignoring case). */
    public boolean aliasTaken(UUID orgId, String alias, UUID except) {
        return h.createQuery("SELECT COUNT(*) FROM certificate_library_item WHERE org_id = :o AND alias_key = :k "
                        + "AND id <> :id").bind("o", orgId).bind("k", alias.toLowerCase(Locale.ROOT))
                .bind("id", except).mapTo(Integer.class).one() > 0;
    }

    public void insert(Row r) {
        Rows.execute(h, "INSERT INTO certificate_library_item (id, org_id, alias, alias_key, description, certificate, "
                        + "private_key, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.orgId(), r.alias(),
                r.alias().toLowerCase(Locale.ROOT), r.description(), r.certificate(), r.privateKey(), r.created());
    }

    /** Writes what may change: the alias and the description. */
    public void relabel(Row r) {
        Rows.execute(h, "UPDATE certificate_library_item SET alias = ?, alias_key = ?, description = ? WHERE id = ?",
                r.alias(), r.alias().toLowerCase(Locale.ROOT), r.description(), r.id());
    }

    public void delete(UUID id) {
        Rows.execute(h, "DELETE FROM certificate_library_item WHERE id = ?", id);
    }
}
