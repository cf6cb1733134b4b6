package org.esafety.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic all-pairs (pairwise) covering array, built greedily in the manner of AETG: each row starts
 * from the first pair not yet covered and gives every other parameter the value that covers most new pairs.
 * Every value of every parameter then meets every value of every other parameter in at least one row.
 */
final class AllPairs {

    private AllPairs() {
    }

    static List<int[]> rows(int[] sizes, long seed) {
        int n = sizes.length;
        boolean[][][] covered = new boolean[n][n][];
        long remaining = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                covered[i][j] = new boolean[sizes[i] * sizes[j]];
                remaining += covered[i][j].length;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> rows = new ArrayList<>();
        int si = 0, sj = 1, sk = 0; // where the search for the next uncovered pair resumes
        while (remaining > 0) {
            while (covered[si][sj][sk]) {
                if (++sk == covered[si][sj].length) {
                    sk = 0;
                    if (++sj == n) {
                        si++;
                        sj = si + 1;
                    }
                }
            }
            int[] row = new int[n];
            Arrays.fill(row, -1);
            row[si] = sk / sizes[sj];
            row[sj] = sk % sizes[sj];
            for (int p : shuffledOthers(n, si, sj, random)) {
                int best = -1, bestGain = -1;
                int offset = random.nextInt(sizes[p]); // rotates ties so that values spread evenly
                for (int t = 0; t < sizes[p]; t++) {
                    int v = (t + offset) % sizes[p];
                    int gain = 0;
                    for (int q = 0; q < n; q++) {
                        if (q != p && row[q] >= 0 && !isCovered(covered, sizes, p, v, q, row[q])) {
                            gain++;
                        }
                    }
                    if (gain > bestGain) {
                        best = v;
                        bestGain = gain;
                    }
                }
                row[p] = best;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int k = row[i] * sizes[j] + row[j];
                    if (!covered[i][j][k]) {
                        covered[i][j][k] = true;
                        remaining--;
                    }
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The number of value pairs (of two different parameters) that no row covers. */
    static long uncoveredPairs(int[] sizes, List<int[]> rows) {
        long missing = 0;
        for (int i = 0; i < sizes.length; i++) {
            for (int j = i + 1; j < sizes.length; j++) {
                boolean[] seen = new boolean[sizes[i] * sizes[j]];
                for (int[] row : rows) {
                    seen[row[i] * sizes[j] + row[j]] = true;
                }
                for (boolean s : seen) {
                    missing += s ? 0 : 1;
                }
            }
        }
        return missing;
    }

    private static boolean isCovered(boolean[][][] covered, int[] sizes, int p, int v, int q, int w) {
        return p < q ? covered[p][q][v * sizes[q] + w] : covered[q][p][w * sizes[p] + v];
    }

    private static int[] shuffledOthers(int n, int si, int sj, SplittableRandom random) {
        int[] others = new int[n - 2];
        for (int p = 0, k = 0; p < n; p++) {
            if (p != si && p != sj) {
                others[k++] = p;
            }
        }
        for (int k = others.length - 1; k > 0; k--) {
            int r = random.nextInt(k + 1);
            int t = others[k];
            others[k] = others[r];
            others[r] = t;
        }
        return others;
    }
}
