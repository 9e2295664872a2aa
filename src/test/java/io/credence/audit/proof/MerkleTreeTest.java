package io.credence.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final ChainHead A = new ChainHead("access", 4, "a".repeat(64));
    private static final ChainHead C = new ChainHead("claim:1", 7, "c".repeat(64));
    private static final ChainHead S = new ChainHead("sources", 2, "5".repeat(64));

    /** RFC 6962 2.1 by hand for three leaves: the left subtree takes two, the right one. */
    @Test
    void threeHeadsFollowRfc6962() throws Exception {
        byte[] a = sha(0, MerkleTree.leaf(A));
        byte[] c = sha(0, MerkleTree.leaf(C));
        byte[] s = sha(0, MerkleTree.leaf(S));
        byte[] root = sha(1, concat(sha(1, concat(a, c)), s));
        assertEquals(HexFormat.of().formatHex(root), MerkleTree.root(List.of(S, A, C)));
        assertEquals(
                "{\"chain\":\"access\",\"lastHash\":\"" + "a".repeat(64) + "\",\"lastSeq\":4}",
                new String(MerkleTree.leaf(A), StandardCharsets.UTF_8));
    }

    @Test
    void anyHeadMovedChangesTheRoot() {
        String root = MerkleTree.root(List.of(A, C, S));
        assertNotEquals(root, MerkleTree.root(List.of(A, new ChainHead("claim:1", 6, "c".repeat(64)), S)));
        assertNotEquals(root, MerkleTree.root(List.of(A, new ChainHead("claim:1", 7, "d".repeat(64)), S)));
        assertNotEquals(root, MerkleTree.root(List.of(A, S)));
        assertEquals(HexFormat.of().formatHex(sha(0, MerkleTree.leaf(A))), MerkleTree.root(List.of(A)));
    }

    private static byte[] sha(int prefix, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((byte) prefix);
            return digest.digest(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] left, byte[] right) {
        byte[] both = new byte[left.length + right.length];
        System.arraycopy(left, 0, both, 0, left.length);
        System.arraycopy(right, 0, both, left.length, right.length);
        return both;
    }
}
