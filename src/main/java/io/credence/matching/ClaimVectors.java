package io.credence.matching;

import io.credence.persistence.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The claims' sentence vectors in the database (table claim_vector), written once per claim: the
 * claim's text's and, when it has a headline, the headline's.
 */
@ApplicationScoped
public class ClaimVectors {

    /** A stored vector with its claim's text, in the order the index takes them up. */
    @SuppressWarnings("ArrayRecordComponent") // a carrier of vectors, never compared or hashed as a whole
    public record Row(
            long sequence, UUID claimId, String text, float[] vector, String headline, float[] headlineVector) {}

    private final EntityManager em;

    ClaimVectors(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID claimId, String model, float[] vector, float[] headlineVector) {
        em.createNativeQuery(
                        "insert into claim_vector (claim_id, model, vector, headline_vector) values (?1, ?2, ?3, ?4)")
                .setParameter(1, claimId)
                .setParameter(2, model)
                .setParameter(3, bytes(vector))
                .setParameter(4, headlineVector == null ? null : bytes(headlineVector))
                .executeUpdate();
    }

    /** Sequence numbers above {@code after}, ascending, at most {@code limit}. */
    @Transactional
    public List<Long> sequencesAfter(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(
                        "select sequence_number from claim_vector where sequence_number > ?1 order by sequence_number")
                .setParameter(1, after)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** The rows with these sequence numbers, ascending. */
    @Transactional
    public List<Row> rows(List<Long> sequences) {
        return sequences.isEmpty() ? List.of() : rowsWhere("v.sequence_number", sequences);
    }

    /** The rows of these claims (those that have one), ascending by sequence number. */
    @Transactional
    public List<Row> rowsOfClaims(Collection<UUID> claimIds) {
        return claimIds.isEmpty() ? List.of() : rowsWhere("v.claim_id", claimIds);
    }

    private List<Row> rowsWhere(String column, Collection<?> values) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select v.sequence_number, v.claim_id, c.text, v.vector, c.headline, v.headline_vector
                        from claim_vector v join claim c on c.id = v.claim_id
                        where %s in (?1) order by v.sequence_number""".formatted(column))
                .setParameter(1, values)
                .getResultList();
        return rows.stream()
                .map(r -> new Row(
                        ((Number) r[0]).longValue(),
                        Uuids.of(r[1]),
                        (String) r[2],
                        floats((byte[]) r[3]),
                        (String) r[4],
                        r[5] == null ? null : floats((byte[]) r[5])))
                .toList();
    }

    /** The highest sequence number stored, 0 when none. */
    @Transactional
    public long highestSequence() {
        Number max = (Number) em.createNativeQuery("select max(sequence_number) from claim_vector")
                .getSingleResult();
        return max == null ? 0 : max.longValue();
    }

    /** The claim of the first vector row (lowest sequence number), null when there is none. */
    @Transactional
    public UUID firstClaim() {
        @SuppressWarnings("unchecked")
        List<Object> first = em.createNativeQuery("select claim_id from claim_vector order by sequence_number")
                .setMaxResults(1)
                .getResultList();
        return first.isEmpty() ? null : Uuids.of(first.get(0));
    }

    @Transactional
    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from claim_vector")
                        .getSingleResult())
                .longValue();
    }

    /** Claims registered before vectors existed (or whose embedding failed), oldest id first: id, text, headline. */
    @Transactional
    public List<Object[]> claimsWithoutVector(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.text, c.headline from claim c
                        where not exists (select 1 from claim_vector v where v.claim_id = c.id) order by c.id""").setMaxResults(limit).getResultList();
        return rows;
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
