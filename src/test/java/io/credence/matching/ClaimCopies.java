package io.credence.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data set's copies: Snopes checked many claims more than once, and the gold pairs name one
 * check of each. Another check counts as the same claim when its claim or title reads the same
 * (letters and digits, case aside) or its claim's vector is at cosine 0.95 or more to the gold's.
 */
record ClaimCopies(Map<String, String> texts, Map<String, String> titles, Map<String, float[]> vectors) {

    static ClaimCopies of(List<ClaimMatchingData.VerifiedClaim> claims, float[][] vectors) {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, float[]> byId = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            texts.put(claims.get(i).id(), normal(claims.get(i).text()));
            titles.put(claims.get(i).id(), normal(claims.get(i).title()));
            byId.put(claims.get(i).id(), vectors[i]);
        }
        return new ClaimCopies(texts, titles, byId);
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public boolean sameClaim(String vclaim, Set<String> gold) {
        for (String g : gold) {
            if (g.equals(vclaim)
                    || texts.get(g).equals(texts.get(vclaim))
                    || (!titles.get(g).isEmpty() && titles.get(g).equals(titles.get(vclaim)))) {
                return true;
            }
            float[] a = vectors.get(g);
            float[] b = vectors.get(vclaim);
            double dot = 0;
            for (int d = 0; d < a.length; d++) {
                dot += a[d] * b[d];
            }
            if (dot >= 0.95) {
                return true;
            }
        }
        return false;
    }
}
