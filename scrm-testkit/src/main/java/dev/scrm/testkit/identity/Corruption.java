package dev.scrm.testkit.identity;

/** The named, switchable ways synthetic identities differ from one another. */
public enum Corruption {
    /** Handles vary across platforms: separators, birth-year digits, initials, swapped order, taken names. */
    HANDLE_VARIANTS,
    /** Nicknames ("Bill" for "William") in display names. */
    NICKNAMES,
    /** Emoji, styled Unicode letters, pronouns, titles and odd case in display names. */
    STYLED_NAMES,
    /** Some persons write their name in a non-Latin script. */
    NON_LATIN_NAMES,
    /** Gmail dots, {@code +tags}, {@code googlemail.com} and case changes in e-mail addresses. */
    EMAIL_ALIASES,
    /** Phone numbers in many national and international formats. */
    PHONE_FORMATS,
    /** Household members share a phone number or e-mail address. */
    SHARED_HOUSEHOLD,
    /** Optional fields are missing. */
    MISSING_FIELDS,
    /** Bios link to the person's other profiles, one way or both ways, and sometimes to a brand's profile. */
    BIO_CROSS_LINKS,
    /** Some persons run a second account on the same platform; some accounts are pseudonymous. */
    EXTRA_ACCOUNTS
}
