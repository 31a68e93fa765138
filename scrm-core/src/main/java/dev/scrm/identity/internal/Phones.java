package dev.scrm.identity.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;

/**
 * Phone numbers to E.164 with libphonenumber. With no default region only numbers written with a leading
 * {@code +} (or {@code 00}) are accepted. Unparseable or invalid numbers give null. Thread-safe.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;

    /**
     * @param defaultRegion ISO 3166 region for numbers written in national format, or null
     */
    public Phones(String defaultRegion) {
        this.region = defaultRegion == null ? null : defaultRegion.toUpperCase(Locale.ROOT);
        if (region != null && !UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("unsupported phone region '" + defaultRegion + "'");
        }
    }

    /** The E.164 form, or null. */
    public String e164(String raw) {
        String s = Normalize.clean(raw);
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.startsWith("00")) {
            t = "+" + t.substring(2);
        }
        if (region == null && !t.startsWith("+")) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber n = UTIL.parse(t, region == null ? "ZZ" : region);
            if (!UTIL.isValidNumber(n)) {
                return null;
            }
            return UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
