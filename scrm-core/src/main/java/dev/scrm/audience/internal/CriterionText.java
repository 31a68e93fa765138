package dev.scrm.audience.internal;

import dev.scrm.audience.AdvocacyStage;
import dev.scrm.audience.Comparison;
import dev.scrm.audience.Criterion;
import dev.scrm.audience.HistoryFilter;
import dev.scrm.core.Direction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.SentimentLabel;
import dev.scrm.core.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes the text form of {@link Criterion} (grammar in its javadoc). Rendering is canonical: the
 * rendered text parses back into an equal criterion. Error messages give line and column, never the text.
 * Stateless and thread-safe.
 */
public final class CriterionText {

    private CriterionText() {
    }

    // ---- rendering -------------------------------------------------------------------------------------

    /**
     * Renders a criterion.
     *
     * @param c the criterion
     * @return its text form
     */
    public static String render(Criterion c) {
        StringBuilder sb = new StringBuilder();
        render(c, sb, 0);
        return sb.toString();
    }

    // precedence: 0 = or-level, 1 = and-level, 2 = factor
    private static void render(Criterion c, StringBuilder sb, int context) {
        if (c instanceof Criterion.Any) {
            List<Criterion> parts = ((Criterion.Any) c).parts();
            if (parts.size() == 1) {
                render(parts.get(0), sb, context);
                return;
            }
            boolean paren = context > 0;
            if (paren) {
                sb.append('(');
            }
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    sb.append(" or ");
                }
                render(parts.get(i), sb, 1);
            }
            if (paren) {
                sb.append(')');
            }
        } else if (c instanceof Criterion.All) {
            List<Criterion> parts = ((Criterion.All) c).parts();
            if (parts.size() == 1) {
                render(parts.get(0), sb, context);
                return;
            }
            boolean paren = context > 1;
            if (paren) {
                sb.append('(');
            }
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    sb.append(" and ");
                }
                render(parts.get(i), sb, 2);
            }
            if (paren) {
                sb.append(')');
            }
        } else if (c instanceof Criterion.Not) {
            sb.append("not ");
            render(((Criterion.Not) c).part(), sb, 2);
        } else if (c instanceof Criterion.AttributeCompare) {
            Criterion.AttributeCompare a = (Criterion.AttributeCompare) c;
            sb.append("attr(").append(word(a.name())).append(") ").append(a.op().symbol()).append(' ')
                    .append(quote(a.value()));
        } else if (c instanceof Criterion.AttributeIn) {
            Criterion.AttributeIn a = (Criterion.AttributeIn) c;
            sb.append("attr(").append(word(a.name())).append(") in (");
            boolean first = true;
            for (String v : a.values()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(quote(v));
            }
            sb.append(')');
        } else if (c instanceof Criterion.AttributePresent) {
            sb.append("has(").append(word(((Criterion.AttributePresent) c).name())).append(')');
        } else if (c instanceof Criterion.OnPlatform) {
            sb.append("platform(").append(((Criterion.OnPlatform) c).platform().id()).append(')');
        } else if (c instanceof Criterion.Followers) {
            Criterion.Followers f = (Criterion.Followers) c;
            sb.append("followers ").append(f.op().symbol()).append(' ').append(f.value());
        } else if (c instanceof Criterion.Verified) {
            sb.append("verified");
        } else if (c instanceof Criterion.FollowsBrand) {
            sb.append("follows");
        } else if (c instanceof Criterion.Consents) {
            sb.append("consent(").append(word(((Criterion.Consents) c).purpose())).append(')');
        } else if (c instanceof Criterion.InStage) {
            sb.append("stage = ").append(((Criterion.InStage) c).stage().label());
        } else if (c instanceof Criterion.HistoryCount) {
            Criterion.HistoryCount h = (Criterion.HistoryCount) c;
            sb.append("count(");
            filter(h.filter(), sb, true);
            sb.append(") ").append(h.op().symbol()).append(' ').append(h.value());
        } else if (c instanceof Criterion.AverageSentiment) {
            Criterion.AverageSentiment h = (Criterion.AverageSentiment) c;
            sb.append("sentiment(");
            filter(h.filter(), sb, true);
            sb.append(") ").append(h.op().symbol()).append(' ').append(number(h.value()));
        } else if (c instanceof Criterion.Spend) {
            Criterion.Spend h = (Criterion.Spend) c;
            sb.append("spend(");
            filter(h.filter(), sb, false);
            sb.append(") ").append(h.op().symbol()).append(' ').append(number(h.value()));
        } else {
            throw new IllegalArgumentException("unknown criterion type");
        }
    }

    private static void filter(HistoryFilter f, StringBuilder sb, boolean withKinds) {
        List<String> parts = new ArrayList<>();
        if (withKinds && !f.kinds().isEmpty()) {
            StringBuilder k = new StringBuilder("kind=");
            boolean first = true;
            for (InteractionKind kind : f.kinds()) {
                if (!first) {
                    k.append('|');
                }
                first = false;
                k.append(kind.name().toLowerCase(Locale.ROOT));
            }
            parts.add(k.toString());
        }
        if (f.direction() != null) {
            parts.add("direction=" + f.direction().name().toLowerCase(Locale.ROOT));
        }
        if (f.brand() != null) {
            parts.add("brand=" + quote(f.brand()));
        }
        if (f.campaign() != null) {
            parts.add("campaign=" + quote(f.campaign()));
        }
        if (f.sentiment() != null) {
            parts.add("sentiment=" + f.sentiment().name().toLowerCase(Locale.ROOT));
        }
        if (f.platform() != null) {
            parts.add("platform=" + f.platform().id());
        }
        if (f.within() != null) {
            parts.add("within=" + duration(f.within()));
        }
        sb.append(String.join(", ", parts));
    }

    private static String duration(Duration d) {
        long s = d.getSeconds();
        if (d.getNano() != 0) {
            return d.toString();
        }
        if (s % (7 * 86_400L) == 0) {
            return (s / (7 * 86_400L)) + "w";
        }
        if (s % 86_400L == 0) {
            return (s / 86_400L) + "d";
        }
        if (s % 3_600L == 0) {
            return (s / 3_600L) + "h";
        }
        if (s % 60L == 0) {
            return (s / 60L) + "m";
        }
        return s + "s";
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    private static String word(String s) {
        return isWord(s) ? s : quote(s);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.append('"').toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '+' || c == '-';
    }

    private static boolean isWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isWordChar(s.charAt(i))) {
                return false;
            }
        }
        String l = s.toLowerCase(Locale.ROOT);
        return !(l.equals("and") || l.equals("or") || l.equals("not") || l.equals("in"));
    }

    // ---- parsing ---------------------------------------------------------------------------------------

    /**
     * Parses the text form.
     *
     * @param text the text
     * @param source the name of where it came from, for messages
     * @return the criterion
     * @throws ValidationException if the text is not valid
     */
    public static Criterion parse(String text, String source) {
        Parser p = new Parser(text, source);
        Criterion c = p.criterion();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the end of the criterion");
        }
        return c;
    }

    private static final class Parser {
        private final String text;
        private final String source;
        private int pos;

        Parser(String text, String source) {
            this.text = text;
            this.source = source;
        }

        ValidationException error(String problem) {
            return error(problem, pos, null);
        }

        ValidationException error(String problem, int at, Throwable cause) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < at && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return ValidationException.at(source, line, null, "column " + col + ": " + problem, cause);
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean atEnd() {
            skipSpace();
            return pos >= text.length();
        }

        char peek() {
            skipSpace();
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        /** The next word without consuming it, lower-cased, or empty. */
        String peekWord() {
            skipSpace();
            int p = pos;
            while (p < text.length() && isWordChar(text.charAt(p))) {
                p++;
            }
            return text.substring(pos, p).toLowerCase(Locale.ROOT);
        }

        boolean acceptKeyword(String kw) {
            String w = peekWord();
            if (w.equals(kw)) {
                pos += kw.length();
                return true;
            }
            return false;
        }

        void expect(char c, String what) {
            if (peek() != c) {
                throw error("expected '" + c + "' " + what);
            }
            pos++;
        }

        Criterion criterion() {
            List<Criterion> parts = new ArrayList<>();
            parts.add(term());
            while (acceptKeyword("or")) {
                parts.add(term());
            }
            return parts.size() == 1 ? parts.get(0) : Criterion.any(parts.toArray(new Criterion[0]));
        }

        Criterion term() {
            List<Criterion> parts = new ArrayList<>();
            parts.add(factor());
            while (acceptKeyword("and")) {
                parts.add(factor());
            }
            return parts.size() == 1 ? parts.get(0) : Criterion.all(parts.toArray(new Criterion[0]));
        }

        Criterion factor() {
            if (atEnd()) {
                throw error("expected a criterion but the text ended");
            }
            if (acceptKeyword("not")) {
                return new Criterion.Not(factor());
            }
            if (peek() == '(') {
                pos++;
                Criterion inner = criterion();
                expect(')', "to close the parenthesis");
                // keep explicit grouping of a nested conjunction/disjunction intact
                return inner;
            }
            int start = pos;
            String kw = peekWord();
            if (kw.isEmpty()) {
                throw error("expected a criterion keyword");
            }
            pos += kw.length();
            try {
                switch (kw) {
                    case "attr":
                        return attribute();
                    case "has":
                        return new Criterion.AttributePresent(nameArg("attribute name"));
                    case "platform":
                        return new Criterion.OnPlatform(Platform.of(nameArg("platform")));
                    case "followers":
                        return new Criterion.Followers(op(), integer());
                    case "verified":
                        return new Criterion.Verified();
                    case "follows":
                        return new Criterion.FollowsBrand();
                    case "consent":
                        return new Criterion.Consents(nameArg("consent purpose"));
                    case "stage": {
                        Comparison op = op();
                        if (op != Comparison.EQ) {
                            throw error("stage takes only '='");
                        }
                        int at = pos;
                        String v = value("stage");
                        try {
                            return new Criterion.InStage(AdvocacyStage.fromLabel(v));
                        } catch (IllegalArgumentException e) {
                            throw error("unknown advocacy stage", at, e);
                        }
                    }
                    case "count": {
                        HistoryFilter f = filterArg(true);
                        return new Criterion.HistoryCount(f, op(), integer());
                    }
                    case "sentiment": {
                        HistoryFilter f = filterArg(true);
                        return new Criterion.AverageSentiment(f, op(), decimal());
                    }
                    case "spend": {
                        HistoryFilter f = filterArg(false);
                        return new Criterion.Spend(f, op(), decimal());
                    }
                    default:
                        throw error("unknown criterion keyword", start, null);
                }
            } catch (IllegalArgumentException e) {
                throw error("invalid criterion: " + e.getMessage(), start, e);
            }
        }

        Criterion attribute() {
            String name = nameArg("attribute name");
            if (acceptKeyword("in")) {
                expect('(', "to open the list of values");
                Set<String> values = new LinkedHashSet<>();
                values.add(value("attribute value"));
                while (peek() == ',') {
                    pos++;
                    values.add(value("attribute value"));
                }
                expect(')', "to close the list of values");
                return new Criterion.AttributeIn(name, values);
            }
            Comparison op = op();
            return new Criterion.AttributeCompare(name, op, value("attribute value"));
        }

        String nameArg(String what) {
            expect('(', "before the " + what);
            String v = value(what);
            expect(')', "after the " + what);
            return v;
        }

        Comparison op() {
            char c = peek();
            char next = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
            switch (c) {
                case '=':
                    pos++;
                    return Comparison.EQ;
                case '!':
                    if (next == '=') {
                        pos += 2;
                        return Comparison.NE;
                    }
                    break;
                case '<':
                    if (next == '=') {
                        pos += 2;
                        return Comparison.LE;
                    }
                    pos++;
                    return Comparison.LT;
                case '>':
                    if (next == '=') {
                        pos += 2;
                        return Comparison.GE;
                    }
                    pos++;
                    return Comparison.GT;
                default:
                    break;
            }
            throw error("expected a comparison (=, !=, <, <=, >, >=)");
        }

        String value(String what) {
            skipSpace();
            if (pos >= text.length()) {
                throw error("expected a " + what + " but the text ended");
            }
            if (text.charAt(pos) == '"') {
                int start = pos;
                pos++;
                StringBuilder sb = new StringBuilder();
                while (pos < text.length()) {
                    char ch = text.charAt(pos++);
                    if (ch == '"') {
                        return sb.toString();
                    }
                    if (ch == '\\') {
                        if (pos >= text.length()) {
                            break;
                        }
                        ch = text.charAt(pos++);
                    }
                    sb.append(ch);
                }
                throw error("unterminated quoted string", start, null);
            }
            int start = pos;
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a " + what);
            }
            return text.substring(start, pos);
        }

        long integer() {
            int at = pos;
            String v = value("whole number");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error("expected a whole number", at, e);
            }
        }

        double decimal() {
            int at = pos;
            String v = value("number");
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException("not finite");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error("expected a number", at, e);
            }
        }

        HistoryFilter filterArg(boolean kindsAllowed) {
            expect('(', "to open the history filter");
            HistoryFilter f = HistoryFilter.any();
            Set<String> seen = new LinkedHashSet<>();
            if (peek() != ')') {
                do {
                    int at = pos;
                    String key = value("filter key").toLowerCase(Locale.ROOT);
                    if (!seen.add(key)) {
                        throw error("filter key given twice", at, null);
                    }
                    expect('=', "after the filter key");
                    int vat = pos;
                    try {
                        switch (key) {
                            case "kind": {
                                if (!kindsAllowed) {
                                    throw error("spend counts purchases only and takes no kind", at, null);
                                }
                                Set<InteractionKind> kinds = EnumSet.noneOf(InteractionKind.class);
                                kinds.add(InteractionKind.valueOf(value("kind").toUpperCase(Locale.ROOT)));
                                while (peek() == '|') {
                                    pos++;
                                    kinds.add(InteractionKind.valueOf(value("kind").toUpperCase(Locale.ROOT)));
                                }
                                f = f.withKinds(kinds);
                                break;
                            }
                            case "direction":
                                f = f.withDirection(Direction.valueOf(value("direction").toUpperCase(Locale.ROOT)));
                                break;
                            case "brand":
                                f = f.withBrand(value("brand"));
                                break;
                            case "campaign":
                                f = f.withCampaign(value("campaign"));
                                break;
                            case "sentiment":
                                f = f.withSentiment(SentimentLabel.valueOf(value("sentiment")
                                        .toUpperCase(Locale.ROOT)));
                                break;
                            case "platform":
                                f = f.withPlatform(Platform.of(value("platform")));
                                break;
                            case "within":
                                f = f.withWithin(parseDuration(value("duration")));
                                break;
                            default:
                                throw error("unknown filter key (expected kind, direction, brand, campaign,"
                                        + " sentiment, platform or within)", at, null);
                        }
                    } catch (IllegalArgumentException e) {
                        throw error("invalid value for filter key " + key, vat, e);
                    }
                } while (acceptComma());
            }
            expect(')', "to close the history filter");
            return f;
        }

        boolean acceptComma() {
            if (peek() == ',') {
                pos++;
                return true;
            }
            return false;
        }
    }

    static Duration parseDuration(String v) {
        if (v.length() >= 2 && (v.charAt(0) == 'P' || v.charAt(0) == 'p')) {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        if (v.length() < 2) {
            throw new IllegalArgumentException("duration needs a number and a unit");
        }
        long n = Long.parseLong(v.substring(0, v.length() - 1));
        switch (Character.toLowerCase(v.charAt(v.length() - 1))) {
            case 's':
                return Duration.ofSeconds(n);
            case 'm':
                return Duration.ofMinutes(n);
            case 'h':
                return Duration.ofHours(n);
            case 'd':
                return Duration.ofDays(n);
            case 'w':
                return Duration.ofDays(7 * n);
            default:
                throw new IllegalArgumentException("duration unit must be s, m, h, d or w");
        }
    }
}
