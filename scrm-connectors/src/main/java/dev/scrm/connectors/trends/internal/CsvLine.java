package dev.scrm.connectors.trends.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV record (RFC 4180 quoting, no line breaks inside fields). */
public final class CsvLine {

    private CsvLine() {
    }

    /**
     * The fields of a line, unquoted and trimmed.
     *
     * @param line the line
     * @return the fields
     * @throws IllegalArgumentException with the 1-based column at fault if a quote is not closed
     */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                out.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(Integer.toString(out.size() + 1));
        }
        out.add(wasQuoted ? field.toString() : field.toString().strip());
        return out;
    }
}
