package dev.scrm.examples.cli;

import dev.scrm.core.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
        long line = 1;
        long rowStart = 1;
        try (InputStream in = Files.newInputStream(file);
                Reader r = new java.io.BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            boolean any = false;
            int c;
            try {
                while ((c = r.read()) >= 0) {
                    any = true;
                    char ch = (char) c;
                    if (quoted) {
                        if (ch == '"') {
                            r.mark(1);
                            int n = r.read();
                            if (n == '"') {
                                field.append('"');
                            } else {
                                quoted = false;
                                if (n >= 0) {
                                    r.reset();
                                }
                            }
                        } else {
                            if (ch == '\n') {
                                line++;
                            }
                            field.append(ch);
                        }
                        continue;
                    }
                    if (ch == '"' && field.toString().isBlank()) {
                        quoted = true;
                        wasQuoted = true;
                        field.setLength(0);
                    } else if (ch == ',') {
                        row.add(wasQuoted ? field.toString() : field.toString().strip());
                        field.setLength(0);
                        wasQuoted = false;
                    } else if (ch == '\n' || ch == '\r') {
                        if (ch == '\r') {
                            r.mark(1);
                            int n = r.read();
                            if (n != '\n' && n >= 0) {
                                r.reset();
                            }
                        }
                        row.add(wasQuoted ? field.toString() : field.toString().strip());
                        sink.accept(rowStart, row);
                        row = new ArrayList<>();
                        field.setLength(0);
                        wasQuoted = false;
                        line++;
                        rowStart = line;
                        any = false;
                    } else {
                        field.append(ch);
                    }
                }
            } catch (CharacterCodingException e) {
                throw ValidationException.at(name, line, null, "the file is not valid UTF-8", e);
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException cce) {
                    throw ValidationException.at(name, line, null, "the file is not valid UTF-8", cce);
                }
                throw e;
            }
            if (quoted) {
                throw ValidationException.at(name, rowStart, null, "a quoted field is not closed", null);
            }
            if (any || field.length() > 0 || !row.isEmpty()) {
                row.add(wasQuoted ? field.toString() : field.toString().strip());
                sink.accept(rowStart, row);
            }
        } catch (StopReading stop) {
            if (!headerOnly) {
                throw stop;
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw ValidationException.at(name, line, null, "the file is not valid UTF-8", e);
        } catch (IOException e) {
            if (e instanceof CharacterCodingException) {
                throw ValidationException.at(name, line, null, "the file is not valid UTF-8", e);
            }
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }
}
