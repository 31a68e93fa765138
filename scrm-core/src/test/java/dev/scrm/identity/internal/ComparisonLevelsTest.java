package dev.scrm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.identity.FieldKind;
import dev.scrm.identity.FieldSpec;
import dev.scrm.identity.IdentityRecord;
import dev.scrm.identity.IdentitySchema;
import dev.scrm.identity.RecordRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every comparator reaches each of its levels on pairs built for it. */
class ComparisonLevelsTest {

    private static final IdentitySchema SOCIAL = IdentitySchema.social();
    private static final IdentitySchema PERSON = IdentitySchema.of(FieldSpec.of("given", FieldKind.GIVEN_NAME),
            FieldSpec.of("family", FieldKind.FAMILY_NAME), FieldSpec.of("dob", FieldKind.DATE),
            FieldSpec.of("zip", FieldKind.POSTCODE), FieldSpec.of("number", FieldKind.STREET_NUMBER),
            FieldSpec.of("street", FieldKind.ADDRESS), FieldSpec.of("town", FieldKind.LOCALITY),
            FieldSpec.of("state", FieldKind.REGION), FieldSpec.of("ssn", FieldKind.IDENTIFIER),
            FieldSpec.of("code", FieldKind.EXACT));

    /** The level name of a comparison for a pair of records given as field maps. */
    private static String level(IdentitySchema schema, String comparison, Map<String, String> a,
            Map<String, String> b) {
        Encoded e = new Encoded(schema, "US");
        e.add(IdentityRecord.of(RecordRef.of("t", "a"), a));
        e.add(IdentityRecord.of(RecordRef.of("t", "b"), b));
        List<Comparison> comps = Comparison.forSchema(e);
        for (Comparison c : comps) {
            if (c.name().equals(comparison)) {
                return c.levels[c.level(e, 0, 1)];
            }
        }
        throw new IllegalArgumentException(comparison);
    }

    private static String social(String comparison, Map<String, String> a, Map<String, String> b) {
        return level(SOCIAL, comparison, a, b);
    }

    private static String person(String comparison, Map<String, String> a, Map<String, String> b) {
        return level(PERSON, comparison, a, b);
    }

    @Test
    @DisplayName("handles: exact, skeleton, other digits, Jaro-Winkler, name or e-mail match, name-derived, else")
    void handle() {
        assertThat(social("handle", Map.of("handle", "@Quiet_Fox"), Map.of("handle", "quiet_fox"))).isEqualTo("exact");
        assertThat(social("handle", Map.of("handle", "quiet_fox"), Map.of("handle", "quiet.fox")))
                .isEqualTo("same_skeleton");
        assertThat(social("handle", Map.of("handle", "quietfox84"), Map.of("handle", "quietfox85")))
                .isEqualTo("same_skeleton_other_digits");
        assertThat(social("handle", Map.of("handle", "quietfoxes"), Map.of("handle", "quietfoxed")))
                .isEqualTo("jaro_winkler>=0.90");
        assertThat(social("handle", Map.of("handle", "qzorblax"), Map.of("email", "q.zorblax@mailbox.org")))
                .isEqualTo("matches_name_or_email");
        assertThat(social("handle", Map.of("handle", "jsmith", "display_name", "John Smith"),
                Map.of("handle", "john_smith", "display_name", "John Smith"))).isEqualTo("name_derived_match");
        assertThat(social("handle", Map.of("handle", "quietfox"), Map.of("handle", "bluecomet"))).isEqualTo("else");
        assertThat(social("handle", Map.of("handle", "quietfox"), Map.of("email", "a@b.org"))).isEqualTo("null");
    }

    @Test
    @DisplayName("a handle derived from a nickname's formal name or from a name in another script is name-derived")
    void handle_derivedFromFormalOrRomanisedName() {
        assertThat(social("handle", Map.of("handle", "mitchell_zachary", "display_name", "Zach Mitchell"),
                Map.of("handle", "mitchell_zachary", "display_name", "Zach Mitchell"))).isEqualTo("name_derived_match");
        assertThat(social("handle", Map.of("handle", "olga_ivanov", "display_name", "Ольга Иванов"),
                Map.of("handle", "olgaivanov", "display_name", "Ольга Иванов"))).isEqualTo("name_derived_match");
        // an unrelated handle stays independent evidence
        assertThat(social("handle", Map.of("handle", "qzorblax", "display_name", "Ольга Иванов"),
                Map.of("handle", "qzorblax", "display_name", "Ольга Иванов"))).isEqualTo("exact");
    }

    @Test
    @DisplayName("a handle against a record without one: no evidence when both records share the e-mail it could match")
    void handle_sharedEmail_notCountedTwice() {
        // the handle matches the other record's e-mail local part, but both records carry that address: the e-mail
        // comparison weighs it, so the handle comparison must not weigh it again
        assertThat(social("handle", Map.of("handle", "qzorblax", "email", "q.zorblax@mailbox.org"),
                Map.of("email", "q.zorblax@mailbox.org"))).isEqualTo("null");
        assertThat(social("handle", Map.of("handle", "qzorblax", "email", "q.zorblax@mailbox.org"),
                Map.of("email", "q.zorblax@other.net"))).isEqualTo("null");
        assertThat(social("handle", Map.of("handle", "qzorblax", "email", "quiet@mailbox.org"),
                Map.of("email", "q.zorblax@mailbox.org"))).isEqualTo("matches_name_or_email");
    }

    @Test
    @DisplayName("u of the exact level comes from the value counts over all pairs, not from a half-count in a sample")
    void exactShare_fromValueCounts() {
        Encoded e = new Encoded(SOCIAL, "US");
        // 10 records with an e-mail: one address held by 3 records, one by 2, five held once
        String[] mails = {"a@x.org", "a@x.org", "a@x.org", "b@x.org", "b@x.org", "c@x.org", "d@x.org", "f@x.org",
            "g@x.org", "h@x.org"};
        for (int i = 0; i < mails.length; i++) {
            e.add(IdentityRecord.of(RecordRef.of("t", "r" + i), Map.of("email", mails[i])));
        }
        e.add(IdentityRecord.of(RecordRef.of("t", "none"), Map.of("handle", "nomail")));
        Comparison email = Comparison.forSchema(e).stream().filter(c -> c.name().equals("email")).findFirst()
                .orElseThrow();
        // ordered pairs sharing a value: 3*2 + 2*1 = 8, of 10*9 = 90
        assertThat(UEstimates.exactShare(e, email)).isCloseTo(8.0 / 90, org.assertj.core.data.Offset.offset(1e-12));
        Comparison links = Comparison.forSchema(e).stream().filter(c -> c.name().equals(Comparison.CROSS_LINK))
                .findFirst().orElseThrow();
        assertThat(UEstimates.exactShare(e, links)).isEqualTo(-1);

        // 200,000 sampled pairs without one agreement: the half-count would put u at 2.5e-6; the counted share wins
        double[] sampled = {0, 0, 3, 199_997};
        double[] u = new double[4];
        UEstimates.randomPairU(sampled, 1e-9, 1e-12, u);
        assertThat(u[1]).isEqualTo(1e-9);
        assertThat(u[1] + u[2] + u[3]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(u[2] / u[3]).isCloseTo(3.5 / 199_997.5, org.assertj.core.data.Offset.offset(1e-12));
        // a sample that sees the level often is replaced all the same: no switch, so u cannot jump with the data
        double[] seen = {0, 40, 3, 199_957};
        UEstimates.randomPairU(seen, 2e-4, 1e-12, u);
        assertThat(u[1]).isEqualTo(2e-4);
        // a count of zero is raised to the floor of one pair
        UEstimates.randomPairU(seen, 0, 1e-12, u);
        assertThat(u[1]).isEqualTo(1e-12);
    }

    @Test
    @DisplayName("u of the exact level is continuous in the sample: no jump as the sampled agreements pass any count")
    void randomPairU_continuousAcrossSampleCounts() {
        // the counted share is 5e-5; the sample sees 0 to 30 agreements of 200,000. Before, u switched from the
        // counted share to the sampled one at 10 sampled agreements
        double[] m = {0, 0.9, 0.05, 0.05};
        double previous = Double.NaN;
        for (int k = 0; k <= 30; k++) {
            double[] sampled = {0, k, 400, 200_000 - 400 - k};
            double[] f = new double[4];
            UEstimates.randomPairU(sampled, 5e-5, 1e-10, f);
            double[] u = UEstimates.unmix(f, m, 2e-5, 0.5 / 200_000, 1e-10);
            if (!Double.isNaN(previous)) {
                assertThat(u[1] / previous).as("u at %d sampled agreements", k).isBetween(0.99, 1.01);
            }
            previous = u[1];
            // the matches are taken out of the counted share: (5e-5 - 2e-5 * 0.9) / (1 - 2e-5)
            assertThat(u[1]).isCloseTo(3.2e-5, org.assertj.core.data.Offset.offset(1e-7));
        }
        // when the matches explain every agreement, u rests on the floor of one pair, not on the sample's half-count
        double[] f = new double[4];
        UEstimates.randomPairU(new double[] {0, 0, 400, 199_600}, 1e-6, 1e-10, f);
        assertThat(UEstimates.unmix(f, m, 2e-6, 0.5 / 200_000, 1e-10)[1]).isCloseTo(1e-10,
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    @DisplayName("display names: exact in any order and style, close spelling, nickname, subset, else")
    void fullName() {
        assertThat(social("display_name", Map.of("display_name", "John Smith"),
                Map.of("display_name", "SMITH John \uD83D\uDE80"))).isEqualTo("exact");
        assertThat(social("display_name", Map.of("display_name", "Jonathan Smith"),
                Map.of("display_name", "Jonathon Smith"))).isEqualTo("jaro_winkler>=0.92");
        assertThat(social("display_name", Map.of("display_name", "Bill Wexford"),
                Map.of("display_name", "William Wexford"))).isEqualTo("nickname");
        assertThat(social("display_name", Map.of("display_name", "Ann Wexford"),
                Map.of("display_name", "Ann Maria Wexford"))).isEqualTo("token_subset_or_initials");
        assertThat(social("display_name", Map.of("display_name", "Ann Wexford"),
                Map.of("display_name", "Zoltan Pirogov"))).isEqualTo("else");
    }

    @Test
    @DisplayName("e-mail: provider-aware exact, same local part or address up to a tag, one edit, else")
    void email() {
        assertThat(social("email", Map.of("email", "John.Smith@Gmail.com"), Map.of("email", "johnsmith+shop@gmail.com")))
                .isEqualTo("exact");
        assertThat(social("email", Map.of("email", "john.smith@yahoo.com"), Map.of("email", "johnsmith@outlook.com")))
                .isEqualTo("same_local_part");
        assertThat(social("email", Map.of("email", "ann+news@acme.example"), Map.of("email", "ann@acme.example")))
                .isEqualTo("same_local_part");
        assertThat(social("email", Map.of("email", "ann@acme.example"), Map.of("email", "anne@acme.example")))
                .isEqualTo("edit_distance<=1");
        assertThat(social("email", Map.of("email", "ann@acme.example"), Map.of("email", "bob@other.example")))
                .isEqualTo("else");
    }

    @Test
    @DisplayName("phone: same E.164 in any format, one digit off, else")
    void phone() {
        assertThat(social("phone", Map.of("phone", "+1 (212) 736-1234"), Map.of("phone", "212.736.1234")))
                .isEqualTo("exact");
        assertThat(social("phone", Map.of("phone", "+12127361234"), Map.of("phone", "+12127361235")))
                .isEqualTo("edit_distance<=1");
        assertThat(social("phone", Map.of("phone", "+12127361234"), Map.of("phone", "+14155550123")))
                .isEqualTo("else");
    }

    @Test
    @DisplayName("profile URL, bio text and profile links between records")
    void urlTextAndLinks() {
        assertThat(social("profile_url", Map.of("profile_url", "https://twitter.com/QuietFox"),
                Map.of("profile_url", "https://x.com/quietfox/"))).isEqualTo("exact");
        assertThat(social("profile_url", Map.of("profile_url", "https://x.com/quietfox"),
                Map.of("profile_url", "https://x.com/bluecomet"))).isEqualTo("else");
        assertThat(social("bio", Map.of("bio", "coffee lover runner"), Map.of("bio", "Coffee lover runner")))
                .isEqualTo("exact");
        assertThat(social("bio", Map.of("bio", "coffee lover runner"), Map.of("bio", "coffee lover gamer")))
                .isEqualTo("token_overlap>=0.5");
        assertThat(social("bio", Map.of("bio", "coffee lover runner"), Map.of("bio", "coffee lover baker gamer nurse")))
                .isEqualTo("token_overlap>=0.25");
        assertThat(social("bio", Map.of("bio", "coffee lover runner"), Map.of("bio", "nurse baker gamer")))
                .isEqualTo("else");
        Map<String, String> a = Map.of("profile_url", "https://x.com/quietfox",
                "bio", "also https://www.instagram.com/quiet.fox");
        Map<String, String> b = Map.of("profile_url", "https://instagram.com/quiet.fox/", "bio", "x: https://x.com/quietfox");
        Map<String, String> c = Map.of("profile_url", "https://instagram.com/quiet.fox/");
        Map<String, String> d = Map.of("profile_url", "https://instagram.com/bluecomet/", "bio", "hello");
        assertThat(social(Comparison.CROSS_LINK, a, b)).isEqualTo("reciprocal");
        assertThat(social(Comparison.CROSS_LINK, a, c)).isEqualTo("one_way");
        assertThat(social(Comparison.CROSS_LINK, a, d)).isEqualTo("else");
    }

    @Test
    @DisplayName("person fields: names with swaps and phonetics, dates, codes, addresses, places, identifiers")
    void personFields() {
        Map<String, String> base = Map.of("given", "johanna", "family", "smith", "dob", "19840307", "zip", "4223",
                "number", "12", "street", "stanley street", "town", "brisbane", "state", "qld", "ssn", "5304218",
                "code", "A-17");
        assertThat(person("given", base, Map.of("given", "Johanna"))).isEqualTo("exact");
        assertThat(person("given", base, Map.of("given", "smith", "family", "johanna"))).isEqualTo("swapped");
        assertThat(person("given", base, Map.of("given", "johana"))).isEqualTo("jaro_winkler>=0.92");
        assertThat(person("family", base, Map.of("family", "smyth"))).isIn("jaro_winkler>=0.92", "phonetic");
        assertThat(person("family", Map.of("family", "philips"), Map.of("family", "fillips"))).isEqualTo("phonetic");
        assertThat(person("family", base, Map.of("family", "wexford"))).isEqualTo("else");
        assertThat(person("dob", base, Map.of("dob", "1984-03-07"))).isEqualTo("exact");
        assertThat(person("dob", base, Map.of("dob", "19840308"))).isEqualTo("edit_distance<=1");
        assertThat(person("dob", base, Map.of("dob", "19840703"))).isEqualTo("day_month_swapped");
        assertThat(person("dob", base, Map.of("dob", "19850308"))).isEqualTo("edit_distance<=2");
        assertThat(person("dob", base, Map.of("dob", "19621130"))).isEqualTo("else");
        assertThat(person("zip", base, Map.of("zip", "4232"))).isEqualTo("edit_distance<=1");
        assertThat(person("zip", base, Map.of("zip", "2000"))).isEqualTo("else");
        assertThat(person("number", base, Map.of("number", "12"))).isEqualTo("exact");
        assertThat(person("number", base, Map.of("number", "14"))).isEqualTo("else");
        assertThat(person("street", base, Map.of("street", "stanly street"))).isEqualTo("jaro_winkler>=0.92");
        assertThat(person("street", base, Map.of("street", "queen road"))).isEqualTo("else");
        assertThat(person("town", base, Map.of("town", "brisbone"))).isEqualTo("jaro_winkler>=0.88");
        assertThat(person("town", base, Map.of("town", "perth"))).isEqualTo("else");
        assertThat(person("state", base, Map.of("state", "QLD"))).isEqualTo("exact");
        assertThat(person("ssn", base, Map.of("ssn", "5304219"))).isEqualTo("edit_distance<=1");
        assertThat(person("ssn", base, Map.of("ssn", "5304281"))).isEqualTo("edit_distance<=2");
        assertThat(person("ssn", base, Map.of("ssn", "8150372"))).isEqualTo("else");
        assertThat(person("ssn", base, Map.of("ssn", "9999999"))).as("a placeholder is null").isEqualTo("null");
        assertThat(person("code", base, Map.of("code", "a-17"))).isEqualTo("exact");
        assertThat(person("code", base, Map.of("code", "B-17"))).isEqualTo("else");
        assertThat(person("code", base, Map.of("given", "x"))).isEqualTo("null");
    }
}
