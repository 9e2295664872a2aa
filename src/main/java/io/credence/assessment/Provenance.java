package io.credence.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each item's report comes from (rules 2-6): the origin it goes back to through citations and
 * copies, the weakest rating on that way, and which items a correction or a withdrawal has put out of
 * count. Every choice is made on the items' own data (observation time, then id), never on the
 * order they were given in, so the result depends only on the set of items.
 */
final class Provenance {

    /** Per item: the source whose report it ultimately is. */
    final String[] origin;
    /** Per item: the sources its report passed through, its own first and the origin last. */
    final List<List<String>> path;
    /** Per item: the weakest reliability on its path (rule 4), and of the item it copies. */
    final Reliability[] reliability;
    /** Per item: the earliest item it is a near-identical copy of, or -1 (rule 2). */
    final int[] copyOf;
    /** Per item: the later item of the same source and origin with the opposite stance, or -1 (rule 6). */
    final int[] supersededBy;
    /** Per item: whether the report it repeats was withdrawn by its origin (rule 5). */
    final boolean[] repeatsWithdrawn;
    /** Every source's name, for the explanation. */
    final Map<String, String> names = new HashMap<>();
    /** Citation cycles found and how they were broken, in words. */
    final Set<String> cycles = new TreeSet<>();

    private final List<EvidenceItem> items;
    private final Map<String, Reliability> ratings = new HashMap<>();
    /** Sources whose items in this claim all pass on another's report, with the source they pass on. */
    private final Map<String, String> relays = new HashMap<>();

    Provenance(List<EvidenceItem> items, Copies copies) {
        this.items = items;
        int n = items.size();
        origin = new String[n];
        path = new ArrayList<>(n);
        reliability = new Reliability[n];
        copyOf = new int[n];
        supersededBy = new int[n];
        repeatsWithdrawn = new boolean[n];
        learnSources();
        findRelays();
        for (int i = 0; i < n; i++) {
            List<String> way = followCitations(items.get(i));
            path.add(way);
            origin[i] = way.get(way.size() - 1);
            reliability[i] = weakestOf(way);
        }
        findCopies(copies);
        findCorrections();
        findWithdrawnOrigins();
    }

    String nameOf(String sourceId) {
        return names.getOrDefault(sourceId, sourceId);
    }

    private void learnSources() {
        for (EvidenceItem item : items) {
            remember(item.source());
            if (item.cites() != null) {
                remember(item.cites());
            }
        }
    }

    private void remember(EvidenceItem.SourceRef source) {
        names.putIfAbsent(source.id(), source.name());
        ratings.putIfAbsent(source.id(), source.reliability());
    }

    /** A source with no first-hand item in the claim only relays; its earliest item says whom. */
    private void findRelays() {
        Map<String, EvidenceItem> earliestCiting = new HashMap<>();
        Set<String> firstHand = new HashSet<>();
        for (EvidenceItem item : items) {
            if (item.cites() == null) {
                firstHand.add(item.sourceId());
            } else {
                earliestCiting.merge(item.sourceId(), item, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
            }
        }
        earliestCiting.forEach((source, item) -> {
            if (!firstHand.contains(source)) {
                relays.put(source, item.cites().id());
            }
        });
    }

    /** Rule 3: citations are followed to the root; a cycle is broken at its smallest source id. */
    private List<String> followCitations(EvidenceItem item) {
        List<String> way = new ArrayList<>();
        way.add(item.sourceId());
        if (item.cites() == null) {
            return way;
        }
        Set<String> visited = new LinkedHashSet<>();
        if (relays.containsKey(item.sourceId())) {
            visited.add(item.sourceId());
        }
        String current = item.cites().id();
        while (relays.containsKey(current)) {
            if (!visited.add(current)) {
                return breakCycle(way, visited, current);
            }
            way.add(current);
            current = relays.get(current);
        }
        way.add(current);
        return way;
    }

    private List<String> breakCycle(List<String> way, Set<String> visited, String reentry) {
        List<String> cycle = new ArrayList<>();
        boolean in = false;
        for (String source : visited) {
            in |= source.equals(reentry);
            if (in) {
                cycle.add(source);
            }
        }
        String root = cycle.stream().min(Comparator.naturalOrder()).orElseThrow();
        StringBuilder words = new StringBuilder("citation cycle ");
        for (String source : cycle) {
            words.append(nameOf(source)).append(" → ");
        }
        cycles.add(words.append(nameOf(reentry))
                .append(", counted as one origin: ")
                .append(nameOf(root))
                .toString());
        // Every source visited is on the way, so the root is too: the report stops there.
        List<String> broken = new ArrayList<>(way.subList(0, way.indexOf(root) + 1));
        return broken;
    }

    private Reliability weakestOf(List<String> way) {
        Reliability weakest = Reliability.A;
        for (String source : way) {
            Reliability r = ratings.get(source);
            if (r.weakerThan(weakest)) {
                weakest = r;
            }
        }
        return weakest;
    }

    /**
     * Rule 2: near-identical excerpts of one stance are one origin, the earliest observed one's,
     * unless an editor marked an item independent. Groups are closed under "copy of" (a copy of a copy
     * belongs to the same group).
     */
    private void findCopies(Copies copies) {
        int n = items.size();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        // Copies are looked for among the comparable excerpts of one stance at a time.
        for (Stance stance : List.of(Stance.SUPPORTS, Stance.REFUTES)) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (comparable(items.get(i)) && items.get(i).stance() == stance) {
                    members.add(i);
                }
            }
            if (members.size() < 2) {
                continue;
            }
            List<long[]> prints = members.stream()
                    .map(i -> copies.fingerprint(items.get(i).excerpt()))
                    .toList();
            for (int[] pair : copies.pairs(prints)) {
                union(group, members.get(pair[0]), members.get(pair[1]));
            }
        }
        int[] earliest = new int[n];
        Arrays.fill(earliest, -1);
        for (int i = 0; i < n; i++) {
            int g = find(group, i);
            if (earliest[g] < 0 || EARLIEST.compare(items.get(i), items.get(earliest[g])) < 0) {
                earliest[g] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            int first = earliest[find(group, i)];
            copyOf[i] = first == i ? -1 : first;
        }
        for (int i = 0; i < n; i++) {
            if (copyOf[i] >= 0) {
                int first = copyOf[i];
                List<String> way = new ArrayList<>(path.get(i));
                way.addAll(path.get(first));
                path.set(i, way);
                origin[i] = origin[first];
                reliability[i] = weaker(reliability[i], reliability[first]);
            }
        }
    }

    private record SourceOnOrigin(String source, String origin) {}

    /** Rule 6: a source's latest item on an origin decides its stance; earlier opposite ones are corrected. */
    private void findCorrections() {
        Map<SourceOnOrigin, Integer> latest = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            supersededBy[i] = -1;
            if (countsOnASide(item)) {
                latest.merge(
                        new SourceOnOrigin(item.sourceId(), origin[i]),
                        i,
                        (a, b) -> EARLIEST.compare(items.get(a), items.get(b)) >= 0 ? a : b);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            if (countsOnASide(item)) {
                int last = latest.get(new SourceOnOrigin(item.sourceId(), origin[i]));
                if (items.get(last).stance() != item.stance()) {
                    supersededBy[i] = last;
                }
            }
        }
    }

    /**
     * Rule 5: when every first-hand item of an origin is withdrawn, what repeats or copies it has
     * nothing left to stand on. An origin never entered first-hand (the wire's report known only
     * through those citing it) is not withdrawn.
     */
    private void findWithdrawnOrigins() {
        Map<String, Boolean> allWithdrawn = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            boolean firstHand = item.cites() == null && copyOf[i] < 0 && item.stance() != Stance.CONTEXT;
            if (firstHand) {
                allWithdrawn.merge(item.sourceId(), item.withdrawn(), Boolean::logicalAnd);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            boolean repeats = items.get(i).cites() != null || copyOf[i] >= 0;
            repeatsWithdrawn[i] = repeats && !items.get(i).withdrawn() && allWithdrawn.getOrDefault(origin[i], false);
        }
    }

    private static boolean comparable(EvidenceItem item) {
        return !item.independent() && item.stance() != Stance.CONTEXT && item.excerpt() != null;
    }

    private static boolean countsOnASide(EvidenceItem item) {
        return !item.withdrawn() && item.stance() != Stance.CONTEXT;
    }

    static Reliability weaker(Reliability a, Reliability b) {
        return a.step() >= b.step() ? a : b;
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int a, int b) {
        int ra = find(group, a);
        int rb = find(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Observation time, then id: the order in which "earliest" and "latest" are meant. */
    static final Comparator<EvidenceItem> EARLIEST =
            Comparator.comparing(EvidenceItem::observedAt).thenComparing(EvidenceItem::id);
}
