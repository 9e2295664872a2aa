package io.credence.audit;

import io.credence.audit.proof.ChainHead;
import io.credence.audit.proof.CheckpointStatement;
import io.credence.audit.proof.Ed25519;
import io.credence.audit.proof.EventHash;
import io.credence.audit.proof.MerkleTree;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.Listing;
import io.credence.refusal.NotFound;
import io.credence.time.Timestamps;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes and reads signed checkpoints: the Merkle root over every chain's head, signed, each naming
 * the one before. The service checks its own against the events, but their worth is in the copies
 * outsiders keep (sent to webhook subscribers, listed for auditors): a checkpoint someone holds
 * proves what the trail said at its time, whatever is done to the database afterwards.
 */
@ApplicationScoped
public class AuditCheckpoints {

    /** Records each head not yet covered by a checkpoint, with the checkpoint that first covers it. */
    private static final String RECORD_NEW_HEADS =
            "insert into audit_checkpoint_head (chain, last_seq, last_hash, checkpoint_seq) "
                    + "select c.chain, c.last_seq, c.last_hash, ?1 from audit_chain c where c.last_seq > 0 and not exists "
                    + "(select 1 from audit_checkpoint_head h where h.chain = c.chain and h.last_seq = c.last_seq)";
    /** Per chain, the latest head recorded at or before a checkpoint. */
    private static final String HEADS_AT = "select h.chain, h.last_seq, h.last_hash from audit_checkpoint_head h "
            + "where h.checkpoint_seq <= ?1 and h.last_seq = (select max(m.last_seq) from audit_checkpoint_head m "
            + "where m.chain = h.chain and m.checkpoint_seq <= ?1)";
    /** Heads a checkpoint signed whose event is gone or no longer hashes to what was signed. */
    private static final String BROKEN_HEADS =
            "select h.chain, h.last_seq, h.checkpoint_seq, e.hash from audit_checkpoint_head h "
                    + "left join audit_event e on e.chain = h.chain and e.seq = h.last_seq "
                    + "where e.hash is null or e.hash <> h.last_hash order by h.checkpoint_seq, h.chain";

    private final EntityManager em;
    private final CheckpointSigner signer;
    private final Event<CheckpointMade> made;
    private final Timestamps timestamps;

    AuditCheckpoints(EntityManager em, CheckpointSigner signer, Event<CheckpointMade> made, Timestamps timestamps) {
        this.em = em;
        this.signer = signer;
        this.made = made;
        this.timestamps = timestamps;
    }

    /**
     * Makes a checkpoint over every chain as it stands, unless no chain moved since the last one (a
     * checkpoint is a signature and a notice to every subscriber: one per state of the trail is enough). Two made at once by two instances: one fails on the
     * sequence number and its transaction rolls back.
     */
    @Transactional
    public Optional<AuditCheckpoint> make() {
        AuditCheckpoint last = latest().orElse(null);
        long seq = last == null ? 1 : last.seq + 1;
        int moved = em.createNativeQuery(RECORD_NEW_HEADS).setParameter(1, seq).executeUpdate();
        if (moved == 0 && last != null) {
            return Optional.empty();
        }
        List<ChainHead> heads = headsAt(seq);
        CheckpointStatement statement = new CheckpointStatement(
                seq,
                timestamps.now(),
                heads.size(),
                heads.stream().mapToLong(ChainHead::lastSeq).sum(),
                MerkleTree.root(heads),
                last == null ? EventHash.GENESIS : last.statementHash(),
                signer.publicKey());
        AuditCheckpoint checkpoint = AuditCheckpoint.signed(statement, signer.sign(statement.canonical()));
        em.persist(checkpoint);
        em.flush();
        made.fire(new CheckpointMade(CheckpointResponse.of(checkpoint, null)));
        return Optional.of(checkpoint);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditCheckpoint> list(PageQuery page) {
        return Listing.all(AuditCheckpoint.class, Sort.descending("seq")).page(page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditCheckpoint require(long seq) {
        return AuditCheckpoint.<AuditCheckpoint>findByIdOptional(seq)
                .orElseThrow(() -> new NotFound("Checkpoint", seq));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AuditCheckpoint> latest() {
        return AuditCheckpoint.<AuditCheckpoint>find("order by seq desc").firstResultOptional();
    }

    /** Every chain's head at a checkpoint, by chain name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChainHead> headsAt(long seq) {
        List<Object[]> rows = em.createNativeQuery(HEADS_AT, Object[].class)
                .setParameter(1, seq)
                .getResultList();
        return rows.stream()
                .map(r -> new ChainHead((String) r[0], ((Number) r[1]).longValue(), (String) r[2]))
                .sorted(Comparator.comparing(ChainHead::chain))
                .toList();
    }

    /**
     * What the checkpoints the service holds say about the trail: each signed head still its
     * chain's event with the same hash; checkpoints numbered from 1, each naming the one before,
     * signed by the key it names and that key this service's own or one it held before (a checkpoint
     * signed by a stranger's key proves nothing to those who pinned ours), its statement its fields; the latest one's root recomputed from
     * its heads. Empty when all holds.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> problem() {
        List<Object[]> broken = em.createNativeQuery(BROKEN_HEADS, Object[].class)
                .setMaxResults(1)
                .getResultList();
        if (!broken.isEmpty()) {
            Object[] head = broken.get(0);
            return Optional.of("event " + head[1] + " of chain " + head[0]
                    + (head[3] == null ? " is missing" : " differs") + " since checkpoint " + head[2] + " signed it");
        }
        String previous = EventHash.GENESIS;
        long expected = 1;
        AuditCheckpoint last = null;
        for (AuditCheckpoint checkpoint : AuditCheckpoint.<AuditCheckpoint>list("order by seq")) {
            String wrong = checkpoint.seq != expected
                    ? "is out of sequence"
                    : !checkpoint.previous.equals(previous)
                            ? "does not name the checkpoint before it"
                            : !checkpoint.toStatement().canonical().equals(checkpoint.statement)
                                    ? "has a statement that is not its fields"
                                    : !signedByItsKey(checkpoint)
                                            ? "has a signature that does not verify"
                                            : !signer.trusts(checkpoint.publicKey)
                                                    ? "is signed by a key this service does not hold (fingerprint "
                                                            + fingerprintOf(checkpoint.publicKey)
                                                            + "): neither credence.audit.signing-key nor one listed in "
                                                            + "credence.audit.previous-public-keys"
                                                    : null;
            if (wrong != null) {
                return Optional.of("checkpoint " + checkpoint.seq + " " + wrong);
            }
            previous = checkpoint.statementHash();
            expected++;
            last = checkpoint;
            em.detach(checkpoint);
        }
        if (last != null && !MerkleTree.root(headsAt(last.seq)).equals(last.root)) {
            return Optional.of("the heads recorded for checkpoint " + last.seq + " do not give the root it signed");
        }
        return Optional.empty();
    }

    private static String fingerprintOf(String publicKey) {
        return CheckpointSigner.fingerprintOf(Ed25519.publicKey(publicKey));
    }

    private static boolean signedByItsKey(AuditCheckpoint checkpoint) {
        try {
            return Ed25519.verify(Ed25519.publicKey(checkpoint.publicKey), checkpoint.statement, checkpoint.signature);
        } catch (IllegalArgumentException notAKey) {
            return false;
        }
    }
}
