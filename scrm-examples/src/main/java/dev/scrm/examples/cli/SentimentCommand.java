package dev.scrm.examples.cli;

import dev.scrm.core.Sentiment;
import dev.scrm.core.ValidationException;
import dev.scrm.text.SentimentAnalyzer;
import dev.scrm.text.VaderSentimentAnalyzer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrm sentiment}: scores one text per input line with VADER and writes a TSV of
 * {@code id, compound, pos, neu, neg}.
 *
 * <p>Input lines are split on the delimiter (default tab) without quoting; CRLF line ends are accepted and
 * empty lines skipped. Columns are 1-based; without {@code --id-column} the id is the 1-based line number.
 * The output starts with a header row. A line without the requested columns, a file that is not UTF-8 or
 * a missing input exits with status 2 and a message naming the file, line and column.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Score the sentiment of one text per line (VADER) and write id, compound, pos, neu, neg as TSV.")
final class SentimentCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 100_000;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Input text file, UTF-8.")
    Path input;

    @Option(names = "--text-column", required = true, paramLabel = "N", description = "1-based column of the text.")
    int textColumn;

    @Option(names = "--id-column", paramLabel = "N",
            description = "1-based column of the id (default: the line number).")
    Integer idColumn;

    @Option(names = "--delimiter", paramLabel = "C", defaultValue = "\t",
            description = "Column delimiter, one character or \\t (default: tab).")
    String delimiter;

    @Option(names = "--out", required = true, paramLabel = "FILE.tsv", description = "Output TSV file.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final SentimentAnalyzer analyzer;

    SentimentCommand() {
        this(VaderSentimentAnalyzer.ofDefaults());
    }

    SentimentCommand(SentimentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public Integer call() {
        char delim = delimiter();
        if (textColumn < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--text-column must be 1 or more");
        }
        if (idColumn != null && idColumn < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--id-column must be 1 or more");
        }
        Path outDir = out.toAbsolutePath().getParent();
        if (outDir != null && !Files.isDirectory(outDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: folder " + outDir + " does not exist");
        }
        String source = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        if (!Files.isRegularFile(input)) {
            throw ValidationException.at(source, 0, null, "file not found", null);
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long scored = 0;
        try (InputStream in = Files.newInputStream(input);
                Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("id\tcompound\tpos\tneu\tneg\n");
            LineReader lines = new LineReader(in);
            int needed = Math.max(textColumn, idColumn == null ? 0 : idColumn);
            String[] cols = new String[needed];
            String line;
            while (true) {
                try {
                    line = lines.next();
                } catch (CharacterCodingException e) {
                    throw ValidationException.at(source, lines.number(), null, "not valid UTF-8", null);
                }
                if (line == null) {
                    break;
                }
                long number = lines.number();
                if (line.isEmpty()) {
                    continue;
                }
                int found = split(line, delim, cols);
                if (found < needed) {
                    String column = found < textColumn ? "column " + textColumn : "column " + idColumn;
                    throw ValidationException.at(source, number, column,
                            "line has " + found + " column" + (found == 1 ? "" : "s") + ", expected at least " + needed,
                            null);
                }
                Sentiment s = analyzer.analyze(cols[textColumn - 1]);
                String id = idColumn == null ? Long.toString(number) : cols[idColumn - 1];
                w.write(id);
                w.write('\t');
                w.write(format(s.compound()));
                w.write('\t');
                w.write(format(s.positive()));
                w.write('\t');
                w.write(format(s.neutral()));
                w.write('\t');
                w.write(format(s.negative()));
                w.write('\n');
                scored++;
                if (scored % PROGRESS_EVERY == 0) {
                    err.println("scrm sentiment: " + scored + " lines scored");
                    err.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " or write " + out, e);
        }
        long ms = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        err.println("scrm sentiment: scored " + scored + " lines in " + ms + " ms (" + (scored * 1000 / ms)
                + " lines/s) -> " + out);
        err.flush();
        return 0;
    }

    private char delimiter() {
        String d = delimiter;
        if (d.equals("\\t") || d.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (d.length() != 1 || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--delimiter must be one character (other than a line break) or \\t");
        }
        return d.charAt(0);
    }

    /** Splits into at most {@code cols.length} leading columns; returns how many columns the line has (capped). */
    static int split(String line, char delim, String[] cols) {
        int n = 0;
        int start = 0;
        while (n < cols.length) {
            int end = line.indexOf(delim, start);
            if (end < 0) {
                cols[n++] = line.substring(start);
                return n;
            }
            cols[n++] = line.substring(start, end);
            start = end + 1;
        }
        return n;
    }

    /** A score the way the reference prints it: {@code 0.0}, {@code 0.9571}, never an exponent. */
    static String format(double x) {
        double v = x == 0 ? 0.0 : x;
        if (v == Math.rint(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Lines split on LF only (a trailing CR removed, so a lone CR inside a text does not split it), each
     * decoded as strict UTF-8 so that a bad byte is reported on its own line.
     */
    static final class LineReader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private long number;
        private byte[] line = new byte[256];

        LineReader(InputStream in) {
            this.in = in;
        }

        long number() {
            return number;
        }

        String next() throws IOException {
            int len = 0;
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buf);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int i = pos;
                while (i < limit && buf[i] != '\n') {
                    i++;
                }
                int chunk = i - pos;
                if (len + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
                }
                System.arraycopy(buf, pos, line, len, chunk);
                len += chunk;
                if (i < limit) {
                    pos = i + 1;
                    break;
                }
                pos = limit;
            }
            number++;
            if (len > 0 && line[len - 1] == '\r') {
                len--;
            }
            return decoder.decode(ByteBuffer.wrap(line, 0, len)).toString();
        }
    }
}
