package dev.scrm.identity.internal;

import dev.scrm.identity.FieldKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One comparison of the Fellegi-Sunter model: a field (or the profile links between records) and its ordered
 * match levels. Level 0 is "null" (a value is missing: the comparison contributes nothing), level 1 the
 * strongest agreement, the last level "else". Immutable and thread-safe.
 */
public final class Comparison {

    /** The synthetic comparison of profile links between two records. */
    static final String CROSS_LINK = "profile_links";
    /** The synthetic comparison of the digits that end two handles of different skeletons. */
    static final String HANDLE_DIGITS = "handle_digits";

    final String name;
    final FieldKind kind;
    final int col;
    final String[] levels;
    /** Whether level 1 is an exact match whose weight gets a term-frequency adjustment. */
    final boolean tf;
    /** Field indices whose values this comparison reads. */
    final int[] fields;
    private final int partner;

    private Comparison(String name, FieldKind kind, int col, String[] levels, boolean tf, int[] fields, int partner) {
        this.name = name;
        this.kind = kind;
        this.col = col;
        this.levels = levels;
        this.tf = tf;
        this.fields = fields;
        this.partner = partner;
    }

    public String name() {
        return name;
    }

    public String[] levels() {
        return levels.clone();
    }

    /** The comparisons for a schema: one per field, plus profile links when the schema has a URL or text field. */
    static List<Comparison> forSchema(Encoded e) {
        List<Comparison> out = new ArrayList<>();
        boolean links = false;
        List<Integer> lf = new ArrayList<>();
        for (Encoded.Column c : e.cols) {
            int partner = c.kind == FieldKind.GIVEN_NAME ? e.familyCol : c.kind == FieldKind.FAMILY_NAME ? e.givenCol : -1;
            String[] lv = levelsOf(c.kind, partner >= 0);
            boolean tf = c.kind != FieldKind.TEXT;
            out.add(new Comparison(c.spec.name(), c.kind, c.index, lv, tf, new int[] {c.index}, partner));
            if (c.kind == FieldKind.URL || c.kind == FieldKind.TEXT) {
                links = true;
                lf.add(c.index);
            }
        }
        for (Encoded.Column c : e.cols) {
            if (c.kind == FieldKind.HANDLE && out.size() < 15) {
                // digits at the end of a handle are often a birth year or a lucky number, which a person keeps from
                // platform to platform while the rest of the handle changes (jsmith84, john.smith1984): evidence the
                // name does not carry. Where the skeletons agree, the handle levels already weigh the digits
                out.add(new Comparison(HANDLE_DIGITS + (c.index == firstHandle(e) ? "" : "_" + c.spec.name()),
                        null, c.index, new String[] {"null", "same", "else"}, false, new int[] {c.index},
                        -2));
            }
        }
        if (links && out.size() < 16) {
            out.add(new Comparison(CROSS_LINK, null, -1, new String[] {"null", "reciprocal", "one_way", "else"}, false,
                    lf.stream().mapToInt(Integer::intValue).toArray(), -1));
        }
        return out;
    }

    static String[] levelsOf(FieldKind k, boolean swap) {
        return switch (k) {
            case GIVEN_NAME, FAMILY_NAME -> swap
                    ? new String[] {"null", "exact", "swapped", "jaro_winkler>=0.92", "phonetic", "jaro_winkler>=0.80", "else"}
                    : new String[] {"null", "exact", "jaro_winkler>=0.92", "phonetic", "jaro_winkler>=0.80", "else"};
            case FULL_NAME -> new String[] {"null", "exact", "jaro_winkler>=0.92", "nickname", "token_subset_or_initials",
                "phonetic", "jaro_winkler>=0.80", "else"};
            case EMAIL -> new String[] {"null", "exact", "same_local_part", "edit_distance<=1", "else"};
            case PHONE -> new String[] {"null", "exact", "edit_distance<=1", "else"};
            case HANDLE -> new String[] {"null", "exact", "same_skeleton", "same_skeleton_other_digits",
                "jaro_winkler>=0.90", "matches_name_or_email", "name_derived_match", "else"};
            case URL, STREET_NUMBER, REGION, EXACT -> new String[] {"null", "exact", "else"};
            case DATE -> new String[] {"null", "exact", "edit_distance<=1", "day_month_swapped", "edit_distance<=2", "else"};
            case POSTCODE -> new String[] {"null", "exact", "edit_distance<=1", "else"};
            case ADDRESS -> new String[] {"null", "exact", "jaro_winkler>=0.92", "jaro_winkler>=0.80", "else"};
            case LOCALITY -> new String[] {"null", "exact", "jaro_winkler>=0.88", "else"};
            case IDENTIFIER -> new String[] {"null", "exact", "edit_distance<=1", "edit_distance<=2", "else"};
            case TEXT -> new String[] {"null", "exact", "token_overlap>=0.5", "token_overlap>=0.25", "else"};
        };
    }

    private static int firstHandle(Encoded e) {
        for (Encoded.Column c : e.cols) {
            if (c.kind == FieldKind.HANDLE) {
                return c.index;
            }
        }
        return -1;
    }

    /** Whether this is a handle-digits comparison (see {@link #HANDLE_DIGITS}). */
    boolean digits() {
        return partner == -2;
    }

    /**
     * The handle-digits level: null unless both handles end in digits (two or more in the shorter run) and their
     * skeletons differ; "same" when one run of digits ends the other ({@code 84} and {@code 1984}).
     */
    private int digitsLevel(Encoded e, int i, int j) {
        Encoded.Column c = e.cols[col];
        int a = c.ids[i];
        int b = c.ids[j];
        if (a < 0 || b < 0) {
            return 0;
        }
        Encoded.Value va = c.values.get(a);
        Encoded.Value vb = c.values.get(b);
        String da = va.tokens == null ? null : va.tokens[0];
        String db = vb.tokens == null ? null : vb.tokens[0];
        if (da == null || db == null || Math.min(da.length(), db.length()) < 2 || va.alt == null
                || va.alt.equals(vb.alt)) {
            return 0;
        }
        return da.endsWith(db) || db.endsWith(da) ? 1 : 2;
    }

    /** The level of records i and j. */
    int level(Encoded e, int i, int j) {
        if (partner == -2) {
            return digitsLevel(e, i, j);
        }
        if (col < 0) {
            return crossLinkLevel(e, i, j);
        }
        Encoded.Column c = e.cols[col];
        int a = c.ids[i];
        int b = c.ids[j];
        if (kind == FieldKind.HANDLE) {
            return handleLevel(e, c, i, j, a, b);
        }
        if (a < 0 || b < 0) {
            return 0;
        }
        if (a == b) {
            return 1;
        }
        Encoded.Value va = c.values.get(a);
        Encoded.Value vb = c.values.get(b);
        String x = va.norm;
        String y = vb.norm;
        switch (kind) {
            case GIVEN_NAME:
            case FAMILY_NAME: {
                int lv = 2;
                if (partner >= 0) {
                    Encoded.Value pa = e.cols[partner].value(i);
                    Encoded.Value pb = e.cols[partner].value(j);
                    if (pa != null && pb != null && x.equals(pb.norm) && y.equals(pa.norm)) {
                        return 2;
                    }
                    lv = 3;
                }
                double jw = Similarity.jaroWinkler(x, y);
                if (jw >= 0.92) {
                    return lv;
                }
                if (va.alt.equals(vb.alt)) {
                    return lv + 1;
                }
                return jw >= 0.80 ? lv + 2 : lv + 3;
            }
            case FULL_NAME: {
                double jw = Similarity.jaroWinkler(x, y);
                if (jw >= 0.92) {
                    return 2;
                }
                if (Nicknames.sameAfterNicknames(va.tokens, vb.tokens)) {
                    return 3;
                }
                if (subsetOrInitials(va.tokens, vb.tokens)) {
                    return 4;
                }
                if (va.alt.equals(vb.alt)) {
                    return 5;
                }
                return jw >= 0.80 ? 6 : 7;
            }
            case EMAIL:
                if (sameUpToTag(x, y)) {
                    return 2;
                }
                // the same local part at another domain is strong unless it is just the person's name, which
                // namesakes share (john.smith@ at two providers)
                if (va.alt != null && va.alt.equals(vb.alt) && !nameDerived(e, e.aliasIdOf(va), i)
                        && !nameDerived(e, e.aliasIdOf(vb), j)) {
                    return 2;
                }
                return Similarity.boundedEdit(x, y, 1) <= 1 ? 3 : 4;
            case PHONE:
                return Similarity.boundedEdit(x, y, 1) <= 1 ? 2 : 3;
            case HANDLE:
                throw new IllegalStateException("handled above");
            case URL:
            case STREET_NUMBER:
            case REGION:
            case EXACT:
                return 2;
            case DATE: {
                int d = Similarity.boundedEdit(x, y, 2);
                if (d <= 1) {
                    return 2;
                }
                if (x.length() == 8 && y.length() == 8 && x.regionMatches(0, y, 0, 4)
                        && x.regionMatches(4, y, 6, 2) && x.regionMatches(6, y, 4, 2)) {
                    return 3;
                }
                return d <= 2 ? 4 : 5;
            }
            case POSTCODE:
                return Similarity.boundedEdit(x, y, 1) <= 1 ? 2 : 3;
            case ADDRESS: {
                double jw = Similarity.jaroWinkler(x, y);
                return jw >= 0.92 ? 2 : jw >= 0.80 ? 3 : 4;
            }
            case LOCALITY:
                return Similarity.jaroWinkler(x, y) >= 0.88 ? 2 : 3;
            case IDENTIFIER: {
                int d = Similarity.boundedEdit(x, y, 2);
                return d <= 1 ? 2 : d <= 2 ? 3 : 4;
            }
            case TEXT: {
                double overlap = jaccard(va.tokens, vb.tokens);
                return overlap >= 0.5 ? 2 : overlap >= 0.25 ? 3 : 4;
            }
            default:
                throw new IllegalStateException("unhandled kind " + kind);
        }
    }

    /**
     * Handle levels. A handle that can be derived from its own record's name (initial plus surname, the name
     * joined, ...) repeats the name evidence, so agreement between two such handles is its own, weaker level.
     * When only one record has a handle, it is compared with the other record's e-mail and name.
     */
    private static int handleLevel(Encoded e, Encoded.Column c, int i, int j, int a, int b) {
        if (a < 0 && b < 0) {
            return 0;
        }
        if (a < 0 || b < 0) {
            if (sameEmailLocal(e, i, j)) {
                // the other record's handle-like keys are its e-mail's local part, which the e-mail comparison
                // already weighs: the handle-holding record carries the same address, so a match adds nothing
                return 0;
            }
            int h = a < 0 ? j : i;
            int o = a < 0 ? i : j;
            Encoded.Value v = c.values.get(a < 0 ? b : a);
            int sk = e.aliasIdOf(v);
            boolean match = e.hasAlias(o, sk) || overlap(e.handleAliases[o], e.nameAliases[h]);
            if (!match) {
                return 0;
            }
            return nameDerived(e, sk, h) || nameDerived(e, sk, o) ? 6 : 5;
        }
        Encoded.Value va = c.values.get(a);
        Encoded.Value vb = c.values.get(b);
        int ska = e.aliasIdOf(va);
        int skb = a == b ? ska : e.aliasIdOf(vb);
        // whether both handles are derived from a name is asked only of handles that agree somehow
        if (a == b) {
            return derived(e, i, j, ska, skb) ? 6 : 1;
        }
        if (va.alt != null && va.alt.equals(vb.alt)) {
            // trailing digits (often a birth year, or a suffix for a taken name) that differ count against
            String da = va.tokens[0];
            String db = vb.tokens[0];
            boolean clash = da != null && db != null && !da.endsWith(db) && !db.endsWith(da);
            return clash ? 3 : derived(e, i, j, ska, skb) ? 6 : 2;
        }
        if (va.alt != null && vb.alt != null && Similarity.jaroWinkler(va.alt, vb.alt) >= 0.90) {
            return derived(e, i, j, ska, skb) ? 6 : 4;
        }
        if (e.hasAlias(j, ska) || e.hasAlias(i, skb)) {
            return derived(e, i, j, ska, skb) || nameDerived(e, ska, j) || nameDerived(e, skb, i) ? 6 : 5;
        }
        return 7;
    }

    /** Whether the handles (skeletons ska of record i, skb of record j) are each derived from one of the two names. */
    private static boolean derived(Encoded e, int i, int j, int ska, int skb) {
        return (nameDerived(e, ska, i) || nameDerived(e, ska, j)) && (nameDerived(e, skb, j) || nameDerived(e, skb, i));
    }

    /** Whether records i and j hold e-mail addresses with the same local part (the same address included). */
    private static boolean sameEmailLocal(Encoded e, int i, int j) {
        for (Encoded.Column c : e.cols) {
            if (c.kind != FieldKind.EMAIL) {
                continue;
            }
            int a = c.ids[i];
            int b = c.ids[j];
            if (a >= 0 && b >= 0) {
                if (a == b) {
                    return true;
                }
                String la = c.values.get(a).alt;
                if (la != null && la.equals(c.values.get(b).alt)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two e-mail keys are one address up to a {@code +tag}: same domain, and the local parts agree before
     * the first {@code +}. Most mail servers deliver {@code name+tag@} to {@code name@}, also where the normalised
     * key keeps the tag because the provider is not known to ignore it.
     */
    static boolean sameUpToTag(String a, String b) {
        int pa = a.indexOf('+');
        int pb = b.indexOf('+');
        if (pa < 0 && pb < 0) {
            return false;
        }
        int ata = a.lastIndexOf('@');
        int atb = b.lastIndexOf('@');
        if (ata < 0 || atb < 0 || !a.regionMatches(ata, b, atb, a.length() - ata) || a.length() - ata != b.length() - atb) {
            return false;
        }
        int la = pa >= 0 && pa < ata ? pa : ata;
        int lb = pb >= 0 && pb < atb ? pb : atb;
        return la > 0 && la == lb && a.regionMatches(0, b, 0, la);
    }

    /** Whether a handle skeleton or e-mail local part (by alias id; -1 when it is no alias) is among a record's name aliases. */
    private static boolean nameDerived(Encoded e, int skeleton, int record) {
        return e.hasNameAlias(record, skeleton);
    }

    private static boolean overlap(int[] a, int[] b) {
        for (int x : a) {
            if (Encoded.contains(b, x)) {
                return true;
            }
        }
        return false;
    }

    private static int crossLinkLevel(Encoded e, int i, int j) {
        int oi = e.ownProfile[i];
        int oj = e.ownProfile[j];
        int[] li = e.links[i];
        int[] lj = e.links[j];
        boolean ij = oj >= 0 && Encoded.contains(li, oj);
        boolean ji = oi >= 0 && Encoded.contains(lj, oi);
        if (ij && ji) {
            return 1;
        }
        if (ij || ji) {
            return 2;
        }
        boolean possible = (oj >= 0 && li.length > 0) || (oi >= 0 && lj.length > 0);
        return possible ? 3 : 0;
    }

    /** Whether two records link to each other's profiles. */
    static boolean reciprocal(Encoded e, int i, int j) {
        return crossLinkLevel(e, i, j) == 1;
    }

    private static boolean subsetOrInitials(String[] a, String[] b) {
        if (a.length < b.length) {
            String[] t = a;
            a = b;
            b = t;
        }
        // every token of the shorter name is in the longer one, or is the initial of one of its tokens
        int full = 0;
        for (String t : b) {
            boolean found = false;
            for (String u : a) {
                if (u.equals(t)) {
                    found = true;
                    full++;
                    break;
                }
                if (t.length() == 1 && u.charAt(0) == t.charAt(0)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return full >= 1;
    }

    private static double jaccard(String[] a, String[] b) {
        int i = 0;
        int j = 0;
        int inter = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                inter++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - inter;
        return union == 0 ? 0 : (double) inter / union;
    }
}
