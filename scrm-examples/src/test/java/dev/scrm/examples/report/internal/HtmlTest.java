package dev.scrm.examples.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escape_replacesTheFiveSpecialCharacters() {
        assertThat(Html.escape("<script>alert('x & \"y\"')</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;");
    }

    @Test
    void escape_keepsOrdinaryTextAndEmojiUntouched() {
        String s = "Zoë loves the Lumetra Pulse \uD83C\uDFA7 — 100 % ok";
        assertThat(Html.escape(s)).isSameAs(s);
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void escape_replacesForbiddenControlsAndLoneSurrogates() {
        assertThat(Html.escape("a\u0000b\u0007c\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
        assertThat(Html.escape("x\uD83Cy")).isEqualTo("x\uFFFDy");
        assertThat(Html.escape("x\uDFA7y")).isEqualTo("x\uFFFDy");
        assertThat(Html.escape("\uFFFF")).isEqualTo("\uFFFD");
    }

    @Test
    void escape_randomText_neverLeavesMarkupAndRoundTrips() {
        SplittableRandom r = new SplittableRandom(7);
        String alphabet = "<>&\"'abc /=;#\u00e9\uD83C\uDFA7";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) {
                int k = r.nextInt(alphabet.length() - 1);
                if (alphabet.charAt(k) == '\uD83C') {
                    sb.append("\uD83C\uDFA7");
                } else if (alphabet.charAt(k) != '\uDFA7') {
                    sb.append(alphabet.charAt(k));
                }
            }
            String escaped = Html.escape(sb.toString());
            assertThat(escaped).doesNotContain("<", ">", "\"", "'");
            String back = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&#39;", "'").replace("&amp;", "&");
            assertThat(back).isEqualTo(sb.toString());
        }
    }
}
