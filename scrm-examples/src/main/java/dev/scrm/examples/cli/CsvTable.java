package dev.scrm.examples.cli;

import dev.scrm.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A strict CSV reader for the command line: a header row, RFC 4180 quoting, LF or CRLF line ends, values trimmed,
 * UTF-8 only. Every problem is a {@link ValidationException} naming the file, the line and, where one is at fault,
 * the column: a row with another number of fields than the header, an unterminated quote, or bytes that are not
 * UTF-8. Not thread-safe.
 */
final class CsvTable {

    private CsvTable() {
    }

    /** Reads the header row. */
    static List<String> header(Path file) {
        List<List<String>> first = new ArrayList<>();
        read(file, (line, row) -> {
            if (first.isEmpty()) {
                first.add(row);
                throw new StopReading();
            }
        }, true);
        if (first.isEmpty()) {
            throw ValidationException.at(file.getFileName().toString(), 1, null, "the file is empty: a header row is"
                    + " required", null);
        }
        return first.get(0);
    }

    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads every data row (the header excluded), checking that each has as many fields as the header.
     *
     * @param file the file
     * @param rows receives the 1-based physical line where the row starts, and its trimmed fields
     */
    static void rows(Path file, BiConsumer<Long, List<String>> rows) {
        int[] width = {-1};
        String name = file.getFileName().toString();
        read(file, (line, row) -> {
            if (width[0] < 0) {
                width[0] = row.size();
                return;
            }
            if (row.size() == 1 && row.get(0).isEmpty()) {
                return;
            }
            if (row.size() != width[0]) {
                throw ValidationException.at(name, line, null, "row has " + row.size() + " fields but the header has "
                        + width[0], null);
            }
            rows.accept(line, row);
        }, false);
    }

    private static void read(Path file, BiConsumer<Long, List<String>> sink, boolean headerOnly) {
        String name = file.getFileName().toString();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        try (InputStream in = Files.newInputStream(file)) {
            LineReader r = new LineReader(in, decoder);
            String text;
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            long rowStart = 1;
            while (true) {
                try {
                    text = r.readLine();
                } catch (CharacterCodingException e) {
                    throw ValidationException.at(name, line + 1, null, "the file is not valid UTF-8", e);
                }
                if (text == null) {
                    break;
                }
                line++;
                if (!quoted && text.indexOf('"') < 0) {
                    // the common case, a line without quotes: split on commas and trim, as the loop below would
                    rowStart = line;
                    int from = 0;
                    while (true) {
                        int comma = text.indexOf(',', from);
                        int to = comma < 0 ? text.length() : comma;
                        row.add(text.substring(from, to).strip());
                        if (comma < 0) {
                            break;
                        }
                        from = comma + 1;
                    }
                    sink.accept(rowStart, row);
                    row = new ArrayList<>(row.size());
                    continue;
                }
                if (!quoted) {
                    rowStart = line;
                } else {
                    field.append('\n');
                }
                boolean wasQuoted = quoted;
                int i = 0;
                int n = text.length();
                while (i < n) {
                    char ch = text.charAt(i);
                    if (quoted) {
                        if (ch == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            quoted = false;
                        } else {
                            field.append(ch);
                        }
                        i++;
                        continue;
                    }
                    if (ch == '"' && isBlank(field)) {
                        quoted = true;
                        wasQuoted = true;
                        field.setLength(0);
                    } else if (ch == ',') {
                        row.add(wasQuoted ? field.toString() : field.toString().strip());
                        field.setLength(0);
                        wasQuoted = false;
                    } else {
                        field.append(ch);
                    }
                    i++;
                }
                if (quoted) {
                    continue;
                }
                row.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                sink.accept(rowStart, row);
                row = new ArrayList<>(row.size());
            }
            if (quoted) {
                throw ValidationException.at(name, rowStart, null, "a quoted field is not closed", null);
            }
        } catch (StopReading stop) {
            if (!headerOnly) {
                throw stop;
            }
        } catch (CharacterCodingException e) {
            throw ValidationException.at(name, line + 1, null, "the file is not valid UTF-8", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Reads LF, CRLF or CR terminated lines and decodes each strictly, so a decoding error has its line. */
    private static final class LineReader {
        private final InputStream in;
        private final java.nio.charset.CharsetDecoder decoder;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int end;
        private byte[] line = new byte[256];
        private boolean skipLf;

        LineReader(InputStream in, java.nio.charset.CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder;
        }

        String readLine() throws IOException {
            int len = 0;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    end = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return any ? decode(len) : null;
                    }
                }
                byte b = buf[pos++];
                if (skipLf) {
                    skipLf = false;
                    if (b == '\n') {
                        continue;
                    }
                }
                any = true;
                if (b == '\n') {
                    return decode(len);
                }
                if (b == '\r') {
                    skipLf = true;
                    return decode(len);
                }
                if (len == line.length) {
                    line = java.util.Arrays.copyOf(line, len * 2);
                }
                line[len++] = b;
            }
        }

        private String decode(int len) throws CharacterCodingException {
            boolean ascii = true;
            for (int i = 0; i < len; i++) {
                if (line[i] < 0) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                return new String(line, 0, len, StandardCharsets.US_ASCII);
            }
            decoder.reset();
            return decoder.decode(java.nio.ByteBuffer.wrap(line, 0, len)).toString();
        }
    }

    private static boolean isBlank(StringBuilder sb) {
        for (int i = 0; i < sb.length(); i++) {
            if (!Character.isWhitespace(sb.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
