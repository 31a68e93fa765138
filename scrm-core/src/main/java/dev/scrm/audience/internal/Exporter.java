package dev.scrm.audience.internal;

import dev.scrm.audience.AdvocacyStage;
import dev.scrm.audience.ExportFormat;
import dev.scrm.audience.ExportRequest;
import dev.scrm.core.AttributeValue;
import dev.scrm.core.CustomerId;
import dev.scrm.core.ScrmJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes segment exports as CSV or JSON Lines. Stateless and thread-safe. */
final class Exporter {

    /** One exported customer. */
    record Row(CustomerId id, AdvocacyStage stage, Map<String, AttributeValue> attributes) {
    }

    private Exporter() {
    }

    static void write(ExportRequest request, List<Row> rows, Appendable out) {
        try {
            if (request.format() == ExportFormat.CSV) {
                csv(request.attributes(), rows, out);
            } else {
                jsonLines(request.attributes(), rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the export of segment '" + request.segment() + "' failed", e);
        }
    }

    private static void csv(List<String> attributes, List<Row> rows, Appendable out) throws IOException {
        out.append("customer_id,stage");
        for (String a : attributes) {
            out.append(',').append(cell(a));
        }
        out.append("\r\n");
        for (Row r : rows) {
            out.append(cell(r.id().value())).append(',').append(r.stage().label());
            for (String a : attributes) {
                AttributeValue v = r.attributes().get(a);
                out.append(',');
                if (v != null) {
                    out.append(cell(v.value()));
                }
            }
            out.append("\r\n");
        }
    }

    /** Quotes a CSV cell when needed and defuses spreadsheet formulas. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty()) {
            char first = v.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                v = "'" + v;
            }
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static void jsonLines(List<String> attributes, List<Row> rows, Appendable out) throws IOException {
        for (Row r : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("customer_id", r.id().value());
            line.put("stage", r.stage().label());
            Map<String, String> attrs = new LinkedHashMap<>();
            for (String a : attributes) {
                AttributeValue v = r.attributes().get(a);
                if (v != null) {
                    attrs.put(a, v.value());
                }
            }
            line.put("attributes", attrs);
            out.append(ScrmJson.mapper().writeValueAsString(line)).append('\n');
        }
    }
}
