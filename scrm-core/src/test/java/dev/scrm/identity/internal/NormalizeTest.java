package dev.scrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NormalizeTest {

    @Test
    void email_gmailDotsPlusTagsAndCase_folded() {
        assertThat(Normalize.email("John.Smith+shop@GoogleMail.com")).isEqualTo("johnsmith@gmail.com");
        assertThat(Normalize.email("j.o.h.n@gmail.com")).isEqualTo("john@gmail.com");
        assertThat(Normalize.email("john.smith+news@outlook.com")).isEqualTo("john.smith@outlook.com");
        // dots matter outside Gmail, and +tags stay for providers without sub-addressing
        assertThat(Normalize.email("john.smith@web.de")).isNotEqualTo(Normalize.email("johnsmith@web.de"));
        assertThat(Normalize.email("a+b@example-corp.com")).isEqualTo("a+b@example-corp.com");
    }

    @Test
    void email_roleAndPlaceholderAddresses_null() {
        assertThat(Normalize.email("info@acme.com")).isNull();
        assertThat(Normalize.email("noreply@acme.com")).isNull();
        assertThat(Normalize.email("n/a")).isNull();
        assertThat(Normalize.email("not-an-address")).isNull();
    }

    @Test
    void phone_formatsToE164_withAndWithoutRegion() {
        Phones us = new Phones("US");
        assertThat(us.e164("(212) 368-5741")).isEqualTo("+12123685741");
        assertThat(us.e164("212.368.5741")).isEqualTo("+12123685741");
        assertThat(us.e164("+1 212 368 5741")).isEqualTo("+12123685741");
        assertThat(us.e164("0044 7911 123456")).isEqualTo("+447911123456");
        Phones none = new Phones(null);
        assertThat(none.e164("212 368 5741")).isNull();
        assertThat(none.e164("+61 412 345 678")).isEqualTo("+61412345678");
        assertThat(new Phones("AU").e164("04 1234 5678")).isEqualTo("+61412345678");
        assertThat(us.e164("12")).isNull();
        assertThatThrownBy(() -> new Phones("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handle_atCaseAndFullwidth_folded() {
        assertThat(Normalize.handle("@John_Smith")).isEqualTo("john_smith");
        assertThat(Normalize.handle("\uFF2A\uFF4F\uFF48\uFF4E")).isEqualTo("john");
        assertThat(Normalize.handleLocal("jsmith@mastodon.social")).isEqualTo("jsmith");
        assertThat(Normalize.handleLocal("jsmith.bsky.social")).isEqualTo("jsmith");
        assertThat(Normalize.skeleton("john.smith_84")).isEqualTo("johnsmith");
        assertThat(Normalize.trailingDigits("jsmith84")).isEqualTo("84");
    }

    @Test
    void nameTokens_emojiStyledPronounsTitlesAccents_removed() {
        assertThat(Normalize.nameTokens("Zoë O'Brien \uD83D\uDE80 (she/her) | Acme Corp")).containsExactly("zoe", "obrien");
        assertThat(Normalize.nameTokens("\uD835\uDC09\uD835\uDC28\uD835\uDC21\uD835\uDC27 Smith")).containsExactly("john",
                "smith");
        assertThat(Normalize.nameTokens("  unknown ")).isNull();
        assertThat(Normalize.name("Jörg Müller")).isEqualTo("jorg muller");
        assertThat(Normalize.nameAliases(new String[] {"john", "smith"})).contains("johnsmith", "jsmith", "smithjohn");
    }

    @Test
    void derivedNameAliases_nicknamesAndOtherScripts() {
        assertThat(Normalize.derivedNameAliases(Normalize.nameTokens("Zach Mitchell")))
                .contains("zacharymitchell", "mitchellzachary");
        assertThat(Normalize.derivedNameAliases(Normalize.nameTokens("Ольга Иванов"))).contains("olgaivanov",
                "ivanovolga", "oivanov");
        assertThat(Normalize.derivedNameAliases(Normalize.nameTokens("Γιώργος Παπαδόπουλος")))
                .contains("giorgospapadopoulos");
        // a name already in its formal Latin form has no other forms; blocking never sees these aliases
        assertThat(Normalize.derivedNameAliases(Normalize.nameTokens("Zoltan Pirogov"))).isEmpty();
        // a one-word name (often the handle itself) gives its skeleton, so a handle spelled the same counts as derived
        assertThat(Normalize.derivedNameAliases(Normalize.nameTokens("Lazycomet489"))).containsExactly("lazycomet");
        assertThat(Normalize.derivedNameAliases(new String[] {"ян"})).containsExactly("yan");
        assertThat(Normalize.derivedNameAliases(new String[] {"li"})).isEmpty();
        // the Cyrillic short i survives folding and is romanised both ways
        assertThat(Normalize.nameTokens("Сергей Лебедев")).containsExactly("сергей", "лебедев");
        assertThat(Normalize.derivedNameAliases(Normalize.nameTokens("Сергей Лебедев")))
                .contains("sergeylebedev", "sergeilebedev", "slebedev");
        assertThat(Normalize.romanise("щука")).isEqualTo("shchuka");
        assertThat(Normalize.romanise("शर्मा")).isEqualTo("sharma");
        assertThat(Normalize.romanise("विकास")).isEqualTo("vikas");
        assertThat(Normalize.romanise("प्रिया")).isEqualTo("priya");
        assertThat(Normalize.derivedNameAliases(Normalize.nameTokens("नेहा गुप्ता"))).contains("nehagupta", "ngupta");
        assertThat(Normalize.romanise("smith")).isSameAs("smith");
    }

    @Test
    void url_canonicalAndProfileKeys() {
        assertThat(ProfileUrls.canonicalUrl("https://www.Twitter.com/JSmith/?s=20#x")).isEqualTo("x.com/JSmith");
        assertThat(ProfileUrls.profileKey(ProfileUrls.canonicalUrl("https://mobile.twitter.com/JSmith"))).isEqualTo("x:jsmith");
        assertThat(ProfileUrls.profileKey(ProfileUrls.canonicalUrl("https://mastodon.social/@jane")))
                .isEqualTo("mastodon:jane@mastodon.social");
        assertThat(ProfileUrls.profileKey(ProfileUrls.canonicalUrl("https://bsky.app/profile/jane.bsky.social")))
                .isEqualTo("bluesky:jane.bsky.social");
        assertThat(ProfileUrls.profileKey(ProfileUrls.canonicalUrl("https://www.reddit.com/user/Jane_D/")))
                .isEqualTo("reddit:jane_d");
        assertThat(ProfileUrls.profileKey(ProfileUrls.canonicalUrl("https://www.linkedin.com/in/jane-doe")))
                .isEqualTo("linkedin:jane-doe");
        assertThat(ProfileUrls.profileKey(ProfileUrls.canonicalUrl("https://www.youtube.com/@JaneDoe")))
                .isEqualTo("youtube:janedoe");
        assertThat(ProfileUrls.profileKey(ProfileUrls.canonicalUrl("janedoe.example/blog/"))).isEqualTo("janedoe.example/blog");
        assertThat(ProfileUrls.extractUrls("me: https://x.com/jane, and www.instagram.com/jane.")).containsExactly(
                "https://x.com/jane", "www.instagram.com/jane");
        assertThat(ProfileUrls.extractUrls("blog at WWW.JaneDoe.example!")).containsExactly("WWW.JaneDoe.example");
        assertThat(ProfileUrls.extractUrls("Coffee. Runner. x.com fan")).isEmpty();
    }

    @Test
    void canonicalUrl_plainUrlsReadWithoutUriAgreeWithUri() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(17);
        String alphabet = "aZ0.-_/@~:%?# x";
        String[] prefixes = {"", "https://", "http://", "HTTPS://www.", "https://m.", "twitter.com/"};
        int answered = 0;
        for (int t = 0; t < 200_000; t++) {
            StringBuilder sb = new StringBuilder(prefixes[rnd.nextInt(prefixes.length)]);
            int len = 1 + rnd.nextInt(14);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            int start = s.regionMatches(true, 0, "https://", 0, 8) ? 8 : s.regionMatches(true, 0, "http://", 0, 7) ? 7 : 0;
            String fast = ProfileUrls.simpleCanonicalUrl(s, start);
            if (fast != null) {
                answered++;
                assertThat(fast).as(s).isEqualTo(ProfileUrls.canonicalUrlByUri(start == 0 ? "https://" + s : s));
            }
        }
        assertThat(answered).isGreaterThan(1_000);
        assertThat(ProfileUrls.canonicalUrl("https://www.Twitter.com/Jane_Doe/")).isEqualTo("x.com/Jane_Doe");
        assertThat(ProfileUrls.canonicalUrl("www.youtube.com/@jane")).isEqualTo("youtube.com/@jane");
        assertThat(ProfileUrls.canonicalUrl("https://my_site.example/")).isNull();
    }

    @Test
    void dateAndCode_normalised() {
        assertThat(Normalize.date("1984-3-7")).isEqualTo("19840307");
        assertThat(Normalize.date("19840307")).isEqualTo("19840307");
        assertThat(Normalize.date("00000000")).isNull();
        assertThat(Normalize.code(" 4-223 ")).isEqualTo("4223");
        assertThat(Normalize.code("0000")).isNull();
    }

    @Test
    void similarity_jaroWinklerAndBoundedEdit() {
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.8133, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
        assertThat(Similarity.boundedEdit("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(Similarity.boundedEdit("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(Similarity.boundedEdit("1984", "1948", 1)).isEqualTo(1);
        assertThat(Similarity.boundedEdit("abcd", "abd", 1)).isEqualTo(1);
        String longA = "a".repeat(80) + "b";
        String longB = "a".repeat(80) + "c";
        assertThat(Similarity.jaroWinkler(longA, longB)).isBetween(0.9, 1.0);
    }
}
