package dev.scrm.connectors.trends;

import dev.scrm.connector.FigureGranularity;
import dev.scrm.connector.FigureMetric;
import dev.scrm.connector.FigurePoint;
import dev.scrm.connector.FigureSeries;
import dev.scrm.connector.SearchTrendScope;
import dev.scrm.connectors.trends.internal.CsvLine;
import dev.scrm.core.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads search-interest series from CSV exports, in one of two forms, recognised by their first lines.
 *
 * <p><b>Google Trends export</b> ({@code multiTimeline.csv}): an optional {@code Category: ...} preamble line and
 * blank lines, then a header whose first cell is {@code Day}, {@code Week} or {@code Month} and whose other cells
 * are {@code term: (Region)}, then one row per bucket with values 0 to 100 or {@code <1}. {@code <1} (interest
 * above zero but below one) is read as 0.5. An optional last column {@code isPartial} ({@code true}/{@code false})
 * marks an incomplete bucket. All terms of one file share one {@link SearchTrendScope}: provider
 * {@value #GOOGLE_TRENDS}, the file's name and content digest as the request id, the file's terms, the column's
 * region ({@code Worldwide} becomes the empty string), the range of dates and the granularity; not consistently
 * scaled, because each export is normalised on its own.
 *
 * <p><b>Plain form</b>: a header {@code date,term,geo,value} (any case, in this order) with an optional fifth
 * column {@code partial}, then one row per term, region and bucket; dates are ISO ({@code 2026-11-22}), values
 * any finite number at least 0 (an index or an absolute volume). The granularity of each term and region is
 * read from its dates: months when all are first days of months at least 28 days apart, weeks when they are
 * multiples of 7 days apart, days otherwise. The provider and whether it is consistently scaled are this
 * reader's settings.
 *
 * <p>Bad input fails with a {@link ValidationException} naming the file, the 1-based line and the column, never
 * the value. Immutable and thread-safe.
 */
public final class SearchTrendCsv {

    /** The provider of Google Trends exports. */
    public static final String GOOGLE_TRENDS = "google-trends";
    /** The default provider of plain-form files. */
    public static final String DEFAULT_PLAIN_PROVIDER = "csv";
    /** The value a Google Trends {@code <1} is read as. */
    public static final double BELOW_ONE = 0.5;

    private static final List<String> PLAIN = List.of("date", "term", "geo", "value");

    private final String plainProvider;
    private final boolean plainConsistentlyScaled;

    private SearchTrendCsv(String plainProvider, boolean plainConsistentlyScaled) {
        this.plainProvider = plainProvider;
        this.plainConsistentlyScaled = plainConsistentlyScaled;
    }

    /**
     * A reader whose plain-form files come from provider {@value #DEFAULT_PLAIN_PROVIDER}, not consistently scaled.
     *
     * @return the reader
     */
    public static SearchTrendCsv ofDefaults() {
        return new SearchTrendCsv(DEFAULT_PLAIN_PROVIDER, false);
    }

    /**
     * A reader with the provider of its plain-form files.
     *
     * @param plainProvider the provider, for example {@code trends-api}
     * @param consistentlyScaled whether values of different plain files of this provider may be compared
     * @return the reader
     * @throws IllegalArgumentException if the provider is blank
     */
    public static SearchTrendCsv of(String plainProvider, boolean consistentlyScaled) {
        Objects.requireNonNull(plainProvider, "plainProvider");
        if (plainProvider.isBlank()) {
            throw new IllegalArgumentException("plainProvider must not be blank");
        }
        return new SearchTrendCsv(plainProvider.strip(), consistentlyScaled);
    }

    /**
     * Reads every series of a file.
     *
     * @param file a Google Trends export or a plain-form file, UTF-8
     * @return one series per term (and region), in the file's order
     * @throws ValidationException if the file is not in either form; names the file, line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public List<FigureSeries> read(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read search-trend file " + file.getFileName(), e);
        }
        return read(String.valueOf(file.getFileName()), text);
    }

    /**
     * Reads every series of a CSV text.
     *
     * @param sourceName the input's name for errors and the request id, for example the file name
     * @param text the CSV text
     * @return one series per term (and region), in the input's order
     * @throws ValidationException if the text is not in either form; names the source, line and column
     */
    public List<FigureSeries> read(String sourceName, String text) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String requestId = sourceName + "#" + digest(text);
        String[] lines = text.split("\r?\n", -1);
        int header = 0;
        while (header < lines.length && (lines[header].isBlank() || lines[header].startsWith("Category:"))) {
            header++;
        }
        if (header >= lines.length) {
            throw ValidationException.at(sourceName, Math.max(1, lines.length), null, "no header row", null);
        }
        List<String> cells = split(sourceName, header + 1, lines[header]);
        String first = cells.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("day") || first.equals("week") || first.equals("month")) {
            return google(sourceName, requestId, lines, header, cells);
        }
        if (cells.size() >= 4 && cells.subList(0, 4).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()
                .equals(PLAIN)) {
            return plain(sourceName, requestId, lines, header, cells);
        }
        throw ValidationException.at(sourceName, header + 1, "column 1", "expected a Google Trends header (Day, Week"
                + " or Month, then 'term: (Region)' columns) or the plain header date,term,geo,value", null);
    }

    /** The cells of data line {@code i}, or null for a blank line; fails when the column count differs. */
    private static List<String> row(String source, String[] lines, int i, int columns) {
        if (lines[i].isBlank()) {
            return null;
        }
        List<String> row = split(source, i + 1, lines[i]);
        if (row.size() != columns) {
            throw ValidationException.at(source, i + 1, null, "expected " + columns + " columns, found " + row.size(),
                    null);
        }
        return row;
    }

    private static List<String> split(String source, int line, String text) {
        try {
            return CsvLine.split(text);
        } catch (IllegalArgumentException e) {
            throw ValidationException.at(source, line, "column " + e.getMessage(), "unclosed quote", null);
        }
    }

    private List<FigureSeries> google(String source, String requestId, String[] lines, int header, List<String> cells) {
        FigureGranularity granularity = switch (cells.get(0).toLowerCase(Locale.ROOT)) {
            case "day" -> FigureGranularity.DAY;
            case "week" -> FigureGranularity.WEEK;
            default -> FigureGranularity.MONTH;
        };
        int columns = cells.size();
        boolean partialColumn = columns > 1 && cells.get(columns - 1).equalsIgnoreCase("isPartial");
        int termColumns = partialColumn ? columns - 1 : columns;
        if (termColumns < 2) {
            throw ValidationException.at(source, header + 1, "column 2", "no term column", null);
        }
        List<String> terms = new ArrayList<>();
        List<String> geos = new ArrayList<>();
        for (int c = 1; c < termColumns; c++) {
            String cell = cells.get(c);
            int open = cell.lastIndexOf(": (");
            if (open <= 0 || !cell.endsWith(")")) {
                throw ValidationException.at(source, header + 1, "column " + (c + 1),
                        "expected 'term: (Region)'", null);
            }
            terms.add(cell.substring(0, open).strip());
            String geo = cell.substring(open + 3, cell.length() - 1).strip();
            geos.add(geo.equalsIgnoreCase("Worldwide") ? "" : geo);
        }
        List<List<FigurePoint>> points = new ArrayList<>();
        for (int c = 1; c < termColumns; c++) {
            points.add(new ArrayList<>());
        }
        LocalDate firstDay = null;
        LocalDate lastDay = null;
        for (int i = header + 1; i < lines.length; i++) {
            List<String> row = row(source, lines, i, columns);
            if (row == null) {
                continue;
            }
            int line = i + 1;
            LocalDate day = bucket(source, line, row.get(0), granularity);
            if (lastDay != null && !day.isAfter(lastDay)) {
                throw ValidationException.at(source, line, "column 1", "dates must ascend", null);
            }
            firstDay = firstDay == null ? day : firstDay;
            lastDay = day;
            boolean partial = partialColumn && Boolean.parseBoolean(row.get(columns - 1).strip());
            for (int c = 1; c < termColumns; c++) {
                String v = row.get(c);
                double value;
                if (v.equals("<1")) {
                    value = BELOW_ONE;
                } else {
                    try {
                        value = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw ValidationException.at(source, line, "column " + (c + 1),
                                "expected a whole number from 0 to 100 or <1", null);
                    }
                    if (value < 0 || value > 100) {
                        throw ValidationException.at(source, line, "column " + (c + 1),
                                "expected a whole number from 0 to 100 or <1", null);
                    }
                }
                points.get(c - 1).add(new FigurePoint(day, value, partial));
            }
        }
        if (firstDay == null) {
            throw ValidationException.at(source, header + 1, null, "no data rows after the header", null);
        }
        String range = firstDay + ".." + lastDay;
        List<FigureSeries> out = new ArrayList<>();
        for (int c = 0; c < terms.size(); c++) {
            SearchTrendScope scope = new SearchTrendScope(GOOGLE_TRENDS, requestId, terms, geos.get(c), range,
                    granularity, false);
            out.add(FigureSeries.of(terms.get(c), FigureMetric.SEARCH_INTEREST, GOOGLE_TRENDS, granularity,
                    ZoneOffset.UTC, points.get(c), scope));
        }
        return out;
    }

    private static LocalDate bucket(String source, int line, String text, FigureGranularity granularity) {
        try {
            if (granularity == FigureGranularity.MONTH && text.length() == 7) {
                return YearMonth.parse(text).atDay(1);
            }
            LocalDate d = LocalDate.parse(text);
            if (!granularity.canStart(d)) {
                throw ValidationException.at(source, line, "column 1", "a month bucket must start on the 1st", null);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw ValidationException.at(source, line, "column 1", "expected an ISO date", null);
        }
    }

    private List<FigureSeries> plain(String source, String requestId, String[] lines, int header, List<String> cells) {
        boolean partialColumn = cells.size() == 5 && cells.get(4).equalsIgnoreCase("partial");
        if (cells.size() != 4 && !partialColumn) {
            throw ValidationException.at(source, header + 1, "column 5", "the only optional column is 'partial'",
                    null);
        }
        Map<List<String>, TreeMap<LocalDate, FigurePoint>> rows = new LinkedHashMap<>();
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        LocalDate firstDay = null;
        LocalDate lastDay = null;
        for (int i = header + 1; i < lines.length; i++) {
            List<String> row = row(source, lines, i, cells.size());
            if (row == null) {
                continue;
            }
            int line = i + 1;
            LocalDate day;
            try {
                day = LocalDate.parse(row.get(0));
            } catch (DateTimeParseException e) {
                throw ValidationException.at(source, line, "date", "expected an ISO date (yyyy-MM-dd)", null);
            }
            String term = row.get(1);
            if (term.isBlank() || term.length() > 1024) {
                throw ValidationException.at(source, line, "term", "must have 1 to 1024 characters", null);
            }
            double value;
            try {
                value = Double.parseDouble(row.get(3));
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw ValidationException.at(source, line, "value", "expected a finite number at least 0", null);
            }
            boolean partial = false;
            if (partialColumn) {
                String p = row.get(4).toLowerCase(Locale.ROOT);
                if (!p.isEmpty() && !p.equals("true") && !p.equals("false")) {
                    throw ValidationException.at(source, line, "partial", "expected true, false or nothing", null);
                }
                partial = p.equals("true");
            }
            terms.add(term);
            TreeMap<LocalDate, FigurePoint> series = rows.computeIfAbsent(List.of(term, row.get(2)),
                    k -> new TreeMap<>());
            if (series.put(day, new FigurePoint(day, value, partial)) != null) {
                throw ValidationException.at(source, line, "date", "a second value for the same term, geo and date",
                        null);
            }
            firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
            lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
        }
        if (rows.isEmpty()) {
            throw ValidationException.at(source, header + 1, null, "no data rows after the header", null);
        }
        String range = firstDay + ".." + lastDay;
        List<FigureSeries> out = new ArrayList<>();
        for (Map.Entry<List<String>, TreeMap<LocalDate, FigurePoint>> e : rows.entrySet()) {
            FigureGranularity g = granularity(new ArrayList<>(e.getValue().keySet()));
            SearchTrendScope scope = new SearchTrendScope(plainProvider, requestId, List.copyOf(terms),
                    e.getKey().get(1), range, g, plainConsistentlyScaled);
            out.add(FigureSeries.of(e.getKey().get(0), FigureMetric.SEARCH_INTEREST, plainProvider, g, ZoneOffset.UTC,
                    List.copyOf(e.getValue().values()), scope));
        }
        return out;
    }

    private static FigureGranularity granularity(List<LocalDate> days) {
        if (days.size() < 2) {
            return FigureGranularity.DAY;
        }
        boolean months = true;
        boolean weeks = true;
        for (int i = 1; i < days.size(); i++) {
            long gap = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
            months &= days.get(i).getDayOfMonth() == 1 && days.get(i - 1).getDayOfMonth() == 1 && gap >= 28;
            weeks &= gap % 7 == 0;
        }
        return months ? FigureGranularity.MONTH : weeks ? FigureGranularity.WEEK : FigureGranularity.DAY;
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "SearchTrendCsv[plain provider " + plainProvider + (plainConsistentlyScaled ? ", consistent" : "")
                + "]";
    }
}
