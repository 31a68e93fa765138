package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import java.util.List;

/**
 * The deterministic rules, in order: the first that fires links a pair without scoring and is named in the
 * explanation. No rule fires on a shared value that is not verified. Stateless and thread-safe.
 */
public final class Rules {

    /** Rule names, in evaluation order. */
    public static final List<String> NAMES = List.of("same_platform_account", "same_oauth_subject",
            "same_verified_email", "same_verified_phone", "reciprocal_profile_links");

    private Rules() {
    }

    /**
     * Per comparison and level, how many of the pairs a rule linked are at that level: the pairs whose rule reads what
     * the comparison compares are left out (a verified e-mail says nothing about how often matches share e-mails).
     * Used as the prior on m (see {@link EmFit}).
     */
    static double[][] levelCounts(Encoded e, List<Comparison> comps, long[] cands, long[] patterns, byte[] rule) {
        double[][] out = new double[comps.size()][];
        for (int c = 0; c < comps.size(); c++) {
            out[c] = new double[comps.get(c).levels.length];
        }
        for (int x = 0; x < cands.length; x++) {
            int r = rule[x];
            if (r < 0) {
                continue;
            }
            for (int c = 0; c < comps.size(); c++) {
                int l = Model.level(patterns[x], c);
                if (l > 0 && !reads(r, comps.get(c))) {
                    out[c][l]++;
                }
            }
        }
        return out;
    }

    /** Whether rule r reads what comparison c compares. */
    private static boolean reads(int r, Comparison c) {
        return switch (r) {
            case 2 -> c.kind == FieldKind.EMAIL;
            case 3 -> c.kind == FieldKind.PHONE;
            case 4 -> c.col < 0 || c.kind == FieldKind.URL || c.kind == FieldKind.TEXT;
            default -> false;
        };
    }

    /** The index into {@link #NAMES} of the first rule that fires for records i and j, or -1. */
    static int fire(Encoded e, int i, int j) {
        if (e.account[i] >= 0 && e.account[i] == e.account[j]) {
            return 0;
        }
        if (e.oauthId[i] >= 0 && e.oauthId[i] == e.oauthId[j]) {
            return 1;
        }
        int both = e.verifiedMask[i] & e.verifiedMask[j];
        if (both != 0) {
            for (Encoded.Column c : e.cols) {
                if ((both & (1 << c.index)) != 0 && c.ids[i] >= 0 && c.ids[i] == c.ids[j]) {
                    if (c.kind == FieldKind.EMAIL) {
                        return 2;
                    }
                    if (c.kind == FieldKind.PHONE) {
                        return 3;
                    }
                }
            }
        }
        if (Comparison.reciprocal(e, i, j)) {
            return 4;
        }
        return -1;
    }
}
