package io.credence.audit.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.hashing.Sha256;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (section 2.1) over chain heads: a leaf is SHA-256 of 0x00 and
 * the RFC 8785 canonical JSON {@code {"chain","lastHash","lastSeq"}} of one head, a node SHA-256 of
 * 0x01 and its two children, the leaves in order of chain name (UTF-16 code units, which for the
 * ASCII chain names is byte order), the tree split at the largest power of two below its size. One
 * root then stands for every chain's position: change any event, or take events off any chain's
 * end, and the root a checkpoint signed no longer comes out.
 */
public final class MerkleTree {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private MerkleTree() {}

    /** The root over these heads, in any order; the hash of nothing for none. */
    public static String root(List<ChainHead> heads) {
        List<ChainHead> sorted =
                heads.stream().sorted(Comparator.comparing(ChainHead::chain)).toList();
        return HEX.formatHex(hash(sorted, 0, sorted.size()));
    }

    private static byte[] hash(List<ChainHead> heads, int from, int to) {
        int size = to - from;
        if (size == 0) {
            return HEX.parseHex(Sha256.hex(new byte[0]));
        }
        if (size == 1) {
            return prefixed((byte) 0, leaf(heads.get(from)));
        }
        int split = Integer.highestOneBit(size - 1);
        byte[] left = hash(heads, from, from + split);
        byte[] right = hash(heads, from + split, to);
        byte[] both = new byte[left.length + right.length];
        System.arraycopy(left, 0, both, 0, left.length);
        System.arraycopy(right, 0, both, left.length, right.length);
        return prefixed((byte) 1, both);
    }

    /** The canonical bytes of one head, as its leaf covers them. */
    public static byte[] leaf(ChainHead head) {
        ObjectNode leaf = JSON.createObjectNode();
        leaf.put("chain", head.chain());
        leaf.put("lastSeq", head.lastSeq());
        leaf.put("lastHash", head.lastHash());
        return EventHash.jcs(leaf);
    }

    private static byte[] prefixed(byte prefix, byte[] content) {
        byte[] input = new byte[content.length + 1];
        input[0] = prefix;
        System.arraycopy(content, 0, input, 1, content.length);
        return HEX.parseHex(Sha256.hex(input));
    }
}
