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
    private final java.util.concurrent.ConcurrentHashMap<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String INVALID = "";

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
        // the same number written with other separators parses the same: cache on plus and digits only
        StringBuilder key = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c == '+' && key.length() == 0)) {
                key.append(c);
            } else if (Character.isLetter(c) || (c == '(' && t.startsWith("(0)", i))) {
                // extensions, vanity letters and the optional trunk "(0)" change the parse: no shortcut
                key.setLength(0);
                break;
            }
        }
        if (key.length() > 0) {
            String k = key.toString();
            String hit = cache.get(k);
            if (hit == null) {
                hit = parse(k);
                if (cache.size() < 1_000_000) {
                    cache.put(k, hit == null ? INVALID : hit);
                }
            }
            return hit == null || hit.isEmpty() ? null : hit;
        }
        return parse(t);
    }

    private String parse(String t) {
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
