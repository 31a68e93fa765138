package dev.scrm.connectors.http.internal;

/**
 * Reduces the sanitised HTML that platforms send (Mastodon {@code content} and {@code note}, YouTube
 * {@code textDisplay}) to plain text: paragraphs and line breaks become new lines, tags are dropped and
 * the common entities decoded.
 */
public final class Html {

    private Html() {
    }

    /** The plain text of an HTML fragment, or null for null. */
    public static String toText(String html) {
        if (html == null) {
            return null;
        }
        String s = html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p[^>]*>", "\n\n")
                .replaceAll("<[^>]+>", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&') {
                int end = s.indexOf(';', i);
                if (end > i && end - i <= 10) {
                    String entity = s.substring(i + 1, end);
                    String decoded = decode(entity);
                    if (decoded != null) {
                        out.append(decoded);
                        i = end;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static String decode(String entity) {
        switch (entity) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
            }
            if (entity.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
