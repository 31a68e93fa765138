package dev.scrm.examples.report.internal;

/**
 * Escapes untrusted text for HTML and SVG (XML) element content and quoted attribute values.
 *
 * <p>Replaces {@code & < > " '} with character references, drops characters that HTML and XML forbid
 * (C0 controls other than tab, line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF) by
 * replacing them with U+FFFD, and leaves everything else, including emoji, as is. The result is safe inside
 * element content and inside single- or double-quoted attributes; it is not for unquoted attributes, URLs,
 * scripts or styles. Stateless and thread-safe.
 */
public final class Html {

    private Html() {
    }

    /**
     * Escapes a text.
     *
     * @param text the text, or {@code null}
     * @return the escaped text, empty for {@code null}
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String rep = null;
            switch (c) {
                case '&' -> rep = "&amp;";
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '"' -> rep = "&quot;";
                case '\'' -> rep = "&#39;";
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xfffe || c == 0xffff) {
                        rep = "\uFFFD";
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                            if (sb != null) {
                                sb.append(c).append(text.charAt(i + 1));
                            }
                            i++;
                            continue;
                        }
                        rep = "\uFFFD";
                    } else if (Character.isLowSurrogate(c)) {
                        rep = "\uFFFD";
                    }
                }
            }
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(n + 16);
                    sb.append(text, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
