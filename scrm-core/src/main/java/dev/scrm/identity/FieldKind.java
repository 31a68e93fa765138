package dev.scrm.identity;

import java.util.Locale;

/**
 * What a field holds, which decides how it is normalised, compared, blocked on and weighted.
 *
 * <p>The names in lower case are the {@code KIND} values of {@code scrm resolve --field COL=KIND}.
 */
public enum FieldKind {
    /** A given (first) name; compared with swap detection against the family name, Jaro-Winkler and phonetics. */
    GIVEN_NAME,
    /** A family name (surname). */
    FAMILY_NAME,
    /** A whole person name, such as a display name: styled letters, emoji, pronouns and titles are removed. */
    FULL_NAME,
    /** An e-mail address, matched on its provider-aware canonical form. */
    EMAIL,
    /** A phone number, matched in E.164. */
    PHONE,
    /** A social handle: case, leading {@code @}, separators and trailing digits are folded. */
    HANDLE,
    /** A profile or web page URL: canonicalised, and mapped to a platform account where the pattern is known. */
    URL,
    /** A date such as a birth date, compared as {@code YYYYMMDD} with typo and day-month swap levels. */
    DATE,
    /** A postcode or ZIP code. */
    POSTCODE,
    /** A house number. */
    STREET_NUMBER,
    /** A street address line. */
    ADDRESS,
    /** A town, city or suburb. */
    LOCALITY,
    /** A state, province or region. */
    REGION,
    /** A stable identifier such as a customer or social security number, compared with edit distance. */
    IDENTIFIER,
    /** Free text such as a bio: scanned for profile links, compared by token overlap. */
    TEXT,
    /** Any other value, compared for exact equality after trimming and case folding. */
    EXACT;

    /**
     * The kind with this lower-case name, as used on the command line.
     *
     * @param name the name, for example {@code given_name}
     * @return the kind
     * @throws IllegalArgumentException if no kind has this name
     */
    public static FieldKind of(String name) {
        java.util.Objects.requireNonNull(name, "name");
        for (FieldKind k : values()) {
            if (k.cliName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown field kind '" + name + "'");
    }

    /**
     * The lower-case name used on the command line.
     *
     * @return the name, for example {@code family_name}
     */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
