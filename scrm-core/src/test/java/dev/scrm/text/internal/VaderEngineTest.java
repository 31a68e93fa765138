package dev.scrm.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The engine's helpers against literal emulations of the reference's Python behaviour. */
class VaderEngineTest {

    /** The reference's loop, literally: each score's position is found by searching for the first equal value. */
    static double[] naiveButCheck(String[] lower, double[] scores) {
        List<Double> s = new ArrayList<>();
        for (double v : scores) {
            s.add(v);
        }
        int bi = List.of(lower).indexOf("but");
        if (bi < 0) {
            return scores.clone();
        }
        for (int k = 0; k < s.size(); k++) {
            double v = s.get(k);
            int si = -1;
            for (int j = 0; j < s.size(); j++) {
                if (s.get(j) == v) {
                    si = j;
                    break;
                }
            }
            if (si < bi) {
                s.set(si, v * 0.5);
            } else if (si > bi) {
                s.set(si, v * 1.5);
            }
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Property(tries = 2000)
    void butCheck_equalsLiteralReferenceLoop(@ForAll @Size(min = 1, max = 150) List<@IntRange(min = 0, max = 6) Integer> codes,
            @ForAll @IntRange(min = 0, max = 149) int butAt) {
        // few distinct values, so that equal scores (the case the reference handles oddly) are frequent
        double[] palette = {0.0, 1.9, -2.5, 0.95, 2.85, -1.25, 3.75};
        int n = codes.size();
        String[] lower = new String[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = "w";
            scores[i] = palette[codes.get(i)];
        }
        if (butAt < n) {
            lower[butAt] = "but";
            scores[butAt] = 0.0;
        }
        double[] expected = naiveButCheck(lower, scores);
        double[] actual = scores.clone();
        if (butAt < n) {
            VaderEngine.butCheck(butAt, actual);
        }
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void butCheck_repeatedScore_isAdjustedTwiceLikeTheReference() {
        double[] s = {1.9, 0.0, 1.9, 1.9};
        VaderEngine.butCheck(1, s);
        // position 0 is halved (0.95); position 2 finds 1.9 first at 2 and grows (2.85); position 3 finds its
        // value 1.9 at 3 and grows: no repeat here
        assertThat(s).containsExactly(0.95, 0.0, 1.9 * 1.5, 1.9 * 1.5);
        double[] s2 = {1.9, 0.95, 0.0, 0.9};
        VaderEngine.butCheck(2, s2);
        // 1.9 at 0 becomes 0.95; then 0.95 at 1 is found first at 0, which is halved again (0.475); 1 stays
        assertThat(s2).containsExactly(0.95 * 0.5, 0.95, 0.0, 0.9 * 1.5);
    }

    @Test
    void roundHalfEven_matchesPythonRound() {
        assertThat(VaderEngine.roundHalfEven(0.12345, 4)).isEqualTo(0.1235); // 0.12345 is just above the tie in binary
        assertThat(VaderEngine.roundHalfEven(0.5, 0)).isEqualTo(0.0);
        assertThat(VaderEngine.roundHalfEven(2.675, 2)).isEqualTo(2.67); // binary value is below the tie
        assertThat(VaderEngine.roundHalfEven(-0.00004, 4)).isEqualTo(-0.0);
        assertThat(VaderEngine.roundHalfEven(0.00015, 4)).isEqualTo(0.0001); // 0.00015 is below the tie in binary
    }

    @Test
    void pythonStringHelpers() {
        assertThat(VaderEngine.isUpper("GREAT!")).isTrue();
        assertThat(VaderEngine.isUpper(":D")).isTrue();
        assertThat(VaderEngine.isUpper("123")).isFalse();
        assertThat(VaderEngine.isUpper("Great")).isFalse();
        assertThat(VaderEngine.isSpace('\u00A0')).isTrue();
        assertThat(VaderEngine.isSpace('\u200B')).isFalse();
        assertThat(VaderEngine.lowerCase("GrEaT")).isEqualTo("great");
        String same = "plain";
        assertThat(VaderEngine.lowerCase(same)).isSameAs(same);
        assertThat(VaderEngine.Tokens.words("  hello, world!! :) (ok) ... 😀?"))
                .containsExactly("hello", "world", ":)", "(ok)", "...", "😀?");
    }
}
