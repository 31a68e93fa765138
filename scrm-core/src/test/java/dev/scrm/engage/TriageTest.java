package dev.scrm.engage;

import static dev.scrm.engage.Traffic.inbound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageTest {

    static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
    static final PlatformAccountId ANA = PlatformAccountId.of(Platform.MASTODON, "101");

    static Interaction msg(String text) {
        return inbound(Platform.MASTODON, "s1", InteractionKind.MENTION, ANA, T, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My blender arrived broken and nobody answers. I want a refund!      | COMPLAINT  | HIGH",
        "How do I reset the timer on the X200?                                 | QUESTION   | NORMAL",
        "Thanks @acme, the new blender is amazing                              | PRAISE     | LOW",
        "How much is the X200 and do you ship to Slovenia?                     | SALES_LEAD | NORMAL",
        "FREE FOLLOWERS!!! crypto giveaway, link in bio                        | SPAM       | LOW",
        "Your charger caught fire in my kitchen, this is dangerous             | OTHER      | URGENT",
        "My charger caught fire, it is defective and I want my money back      | COMPLAINT  | URGENT",
        "just posted a picture of my kitchen                                   | OTHER      | NORMAL"
    })
    void defaults_labelTypicalMessages(String text, Intent intent, Priority priority) {
        Triage t = RuleBasedTriageClassifier.ofDefaults().classify(new TriageInput(msg(text), CustomerSignals.NONE));
        assertThat(t.intent()).isEqualTo(intent);
        assertThat(t.priority()).isEqualTo(priority);
    }

    @Test
    void keywords_matchWholeWordsOnly() {
        // "glove" must not match the praise keyword "love"
        Triage t = RuleBasedTriageClassifier.ofDefaults()
                .classify(new TriageInput(msg("I bought a glove"), CustomerSignals.NONE));
        assertThat(t.intent()).isEqualTo(Intent.OTHER);
    }

    @Test
    void sentiment_votesOnlyWhenAnalysed() {
        RuleBasedTriageClassifier c = RuleBasedTriageClassifier.ofDefaults();
        Interaction plain = msg("the delivery situation with my order");
        assertThat(c.classify(new TriageInput(plain, CustomerSignals.NONE)).intent()).isEqualTo(Intent.OTHER);
        Triage negative = c.classify(new TriageInput(plain.withSentiment(Traffic.sentiment(-0.8)), CustomerSignals.NONE));
        assertThat(negative.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(negative.reasons()).containsExactly("rule:complaint-sentiment");
    }

    @Test
    void escalations_raisePriorityForInfluenceAndHistory() {
        RuleBasedTriageClassifier c = RuleBasedTriageClassifier.ofDefaults();
        Interaction q = msg("How do I reset the timer?");
        Triage influencer = c.classify(new TriageInput(q, new CustomerSignals(250_000, false, 0, 0)));
        assertThat(influencer.priority()).isEqualTo(Priority.HIGH);
        assertThat(influencer.reasons()).contains("escalation:influencer");
        Triage repeat = c.classify(new TriageInput(q, new CustomerSignals(10, false, 3, 2)));
        assertThat(repeat.priority()).isEqualTo(Priority.HIGH);
        Triage both = c.classify(new TriageInput(msg("Still broken, I want a refund"),
                new CustomerSignals(250_000, false, 3, 2)));
        assertThat(both.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void rules_areReplacedAtRunTime_andMatchersPlugIn() {
        RuleBasedTriageClassifier c = RuleBasedTriageClassifier.ofDefaults();
        Interaction m = msg("is the X200 compatible with the old jug");
        assertThat(c.classify(new TriageInput(m, CustomerSignals.NONE)).intent()).isEqualTo(Intent.OTHER);
        TriageRule listening = TriageRule.builder("product-questions").matchers("x200-query")
                .intent(Intent.QUESTION).weight(3).priority(Priority.HIGH).build();
        List<TriageRule> rules = new java.util.ArrayList<>(c.rules().rules());
        rules.add(listening);
        c.rules(c.rules().withRules(rules));
        // the matcher is not registered yet: the rule does not match
        assertThat(c.classify(new TriageInput(m, CustomerSignals.NONE)).intent()).isEqualTo(Intent.OTHER);
        c.matcher("x200-query", i -> i.text() != null && i.text().contains("X200"));
        Triage t = c.classify(new TriageInput(m, CustomerSignals.NONE));
        assertThat(t.intent()).isEqualTo(Intent.QUESTION);
        assertThat(t.priority()).isEqualTo(Priority.HIGH);
        assertThat(t.reasons()).contains("rule:product-questions");
    }

    @Test
    void kindAndPlatformConditions_restrictRules() {
        TriageRuleSet set = TriageRuleSet.of(List.of(
                TriageRule.builder("dm-on-x").kinds(InteractionKind.DIRECT_MESSAGE).platforms(Platform.X)
                        .raise(1).build()));
        RuleBasedTriageClassifier c = RuleBasedTriageClassifier.create(set);
        Interaction dmOnX = inbound(Platform.X, "d1", InteractionKind.DIRECT_MESSAGE,
                PlatformAccountId.of(Platform.X, "9"), T, "hi");
        assertThat(c.classify(new TriageInput(dmOnX, CustomerSignals.NONE)).priority()).isEqualTo(Priority.HIGH);
        assertThat(c.classify(new TriageInput(msg("hi"), CustomerSignals.NONE)).priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void json_roundTrips() {
        TriageRuleSet defaults = TriageRuleSet.defaults();
        TriageRuleSet again = TriageRuleSet.parse("copy.json", defaults.toJson());
        assertThat(again).isEqualTo(defaults);
    }

    @Test
    void json_errorsNameSourceLineAndField() {
        assertThatThrownBy(() -> TriageRuleSet.parse("rules.json", "{\n  \"rules\": [ {\"id\": \"a\", }\n"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.source()).contains("rules.json");
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThatThrownBy(() -> TriageRuleSet.parse("rules.json",
                "{\"rules\": [{\"id\": \"a\", \"intent\": \"QUESTION\"}, {\"id\": \"b\", \"intent\": \"ANGER\"}]}"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).contains("rules[1].intent"));
        assertThatThrownBy(() -> TriageRuleSet.parse("rules.json",
                "{\"rules\": [{\"id\": \"a\", \"intent\": \"QUESTION\", \"colour\": 1}]}"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).contains("rules[0].colour"));
        assertThatThrownBy(() -> TriageRuleSet.parse("rules.json",
                "{\"rules\": [{\"id\": \"a\", \"patterns\": [\"(unclosed\"], \"intent\": \"SPAM\"}]}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).contains("rules[0]"));
        assertThatThrownBy(() -> TriageRuleSet.parse("rules.json",
                "{\"rules\": [{\"id\": \"a\", \"intent\": \"SPAM\"}, {\"id\": \"a\", \"intent\": \"SPAM\"}]}"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("used twice");
    }

    @Test
    void rule_withoutOutcome_isRejected() {
        assertThatThrownBy(() -> TriageRule.builder("nothing").keywords("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing");
    }

    @Test
    void aListeningQuery_plugsInAsAMatcher() {
        RuleBasedTriageClassifier c = RuleBasedTriageClassifier.ofDefaults()
                .matcher("x200-compat", dev.scrm.text.ListeningQuery.parse("x200 NEAR/4 (jug OR base)")::matches);
        List<TriageRule> rules = new java.util.ArrayList<>(c.rules().rules());
        rules.add(0, TriageRule.builder("compat-questions").matchers("x200-compat").intent(Intent.QUESTION)
                .weight(3).raise(1).build());
        c.rules(c.rules().withRules(rules));
        Triage t = c.classify(new TriageInput(msg("Does the X200 fit the old base from 2019"), CustomerSignals.NONE));
        assertThat(t.intent()).isEqualTo(Intent.QUESTION);
        assertThat(t.priority()).isEqualTo(Priority.HIGH);
        assertThat(c.classify(new TriageInput(msg("The X200 is on my desk"), CustomerSignals.NONE)).intent())
                .isEqualTo(Intent.OTHER);
    }
}
