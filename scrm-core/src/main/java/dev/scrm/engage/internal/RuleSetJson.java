package dev.scrm.engage.internal;

import dev.scrm.core.InteractionKind;
import dev.scrm.core.Platform;
import dev.scrm.core.ScrmJson;
import dev.scrm.core.ValidationException;
import dev.scrm.engage.Intent;
import dev.scrm.engage.Priority;
import dev.scrm.engage.TriageRule;
import dev.scrm.engage.TriageRuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link TriageRuleSet} JSON with precise field paths in errors. */
public final class RuleSetJson {

    private static final Set<String> SET_FIELDS = Set.of("rules", "defaultIntent", "defaultPriority",
            "influencerFollowers", "verifiedRaises", "repeatComplaints");
    private static final Set<String> RULE_FIELDS = Set.of("id", "keywords", "patterns", "kinds", "platforms",
            "brands", "matchers", "minSentiment", "maxSentiment", "minFollowers", "intent", "weight", "priority",
            "raise");

    private RuleSetJson() {
    }

    /**
     * Parses a rule set.
     *
     * @param source the input's name
     * @param json the text
     * @return the rule set
     */
    public static TriageRuleSet parse(String source, String json) {
        JsonNode root;
        try {
            root = ScrmJson.mapper().readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            long line = loc == null || loc.getLineNr() < 0 ? 0 : loc.getLineNr();
            throw ValidationException.at(source, line, null, "not valid JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw ValidationException.at(source, 0, null, "a rule set must be a JSON object", null);
        }
        Reader r = new Reader(source);
        r.known(root, SET_FIELDS, "");
        List<TriageRule> rules = new ArrayList<>();
        JsonNode rulesNode = root.get("rules");
        if (rulesNode != null) {
            if (!rulesNode.isArray()) {
                throw r.fail("rules", "must be an array");
            }
            for (int i = 0; i < rulesNode.size(); i++) {
                rules.add(r.rule(rulesNode.get(i), "rules[" + i + "]"));
            }
        }
        Intent defaultIntent = r.enumValue(root, "defaultIntent", "", Intent.class, Intent.OTHER);
        Priority defaultPriority = r.enumValue(root, "defaultPriority", "", Priority.class, Priority.NORMAL);
        long influencer = r.longValue(root, "influencerFollowers", "", 0);
        boolean verified = r.bool(root, "verifiedRaises", "", false);
        long repeat = r.longValue(root, "repeatComplaints", "", 0);
        if (repeat > Integer.MAX_VALUE) {
            throw r.fail("repeatComplaints", "is too large");
        }
        try {
            return new TriageRuleSet(rules, defaultIntent, defaultPriority, influencer, verified, (int) repeat);
        } catch (IllegalArgumentException e) {
            throw ValidationException.at(source, 0, "rules", e.getMessage(), e);
        }
    }

    /**
     * Writes a rule set.
     *
     * @param set the rule set
     * @return pretty JSON
     */
    public static String write(TriageRuleSet set) {
        ObjectNode root = ScrmJson.mapper().createObjectNode();
        root.put("defaultIntent", set.defaultIntent().name());
        root.put("defaultPriority", set.defaultPriority().name());
        root.put("influencerFollowers", set.influencerFollowers());
        root.put("verifiedRaises", set.verifiedRaises());
        root.put("repeatComplaints", set.repeatComplaints());
        ArrayNode rules = root.putArray("rules");
        for (TriageRule rule : set.rules()) {
            ObjectNode o = rules.addObject();
            o.put("id", rule.id());
            strings(o, "keywords", rule.keywords());
            strings(o, "patterns", rule.patterns());
            strings(o, "kinds", rule.kinds().stream().map(Enum::name).toList());
            strings(o, "platforms", rule.platforms().stream().map(Platform::id).toList());
            strings(o, "brands", List.copyOf(rule.brands()));
            strings(o, "matchers", List.copyOf(rule.matchers()));
            if (rule.minSentiment() != null) {
                o.put("minSentiment", rule.minSentiment());
            }
            if (rule.maxSentiment() != null) {
                o.put("maxSentiment", rule.maxSentiment());
            }
            if (rule.minFollowers() > 0) {
                o.put("minFollowers", rule.minFollowers());
            }
            if (rule.intent() != null) {
                o.put("intent", rule.intent().name());
            }
            if (rule.weight() != TriageRule.DEFAULT_WEIGHT) {
                o.put("weight", rule.weight());
            }
            if (rule.priority() != null) {
                o.put("priority", rule.priority().name());
            }
            if (rule.raise() != 0) {
                o.put("raise", rule.raise());
            }
        }
        return ScrmJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void strings(ObjectNode o, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(name);
            values.forEach(a::add);
        }
    }

    private record Reader(String source) {

        ValidationException fail(String field, String problem) {
            return ValidationException.at(source, 0, field, problem, null);
        }

        void known(JsonNode node, Set<String> fields, String path) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!fields.contains(e.getKey())) {
                    throw fail(path + e.getKey(), "unknown field");
                }
            }
        }

        TriageRule rule(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw fail(path, "must be an object");
            }
            known(node, RULE_FIELDS, path + ".");
            JsonNode id = node.get("id");
            if (id == null || !id.isString()) {
                throw fail(path + ".id", "is required and must be a string");
            }
            try {
                TriageRule.Builder b = TriageRule.builder(id.stringValue());
                b.keywords(strings(node, "keywords", path).toArray(String[]::new));
                b.patterns(strings(node, "patterns", path).toArray(String[]::new));
                for (String k : strings(node, "kinds", path)) {
                    b.kinds(parseEnum(InteractionKind.class, k, path + ".kinds"));
                }
                for (String p : strings(node, "platforms", path)) {
                    try {
                        b.platforms(Platform.of(p));
                    } catch (IllegalArgumentException e) {
                        throw fail(path + ".platforms", "is not a valid platform id");
                    }
                }
                b.brands(strings(node, "brands", path).toArray(String[]::new));
                b.matchers(strings(node, "matchers", path).toArray(String[]::new));
                if (node.has("minSentiment")) {
                    b.minSentiment(number(node, "minSentiment", path));
                }
                if (node.has("maxSentiment")) {
                    b.maxSentiment(number(node, "maxSentiment", path));
                }
                b.minFollowers(longValue(node, "minFollowers", path + ".", 0));
                if (node.has("intent")) {
                    b.intent(enumValue(node, "intent", path + ".", Intent.class, null));
                }
                if (node.has("weight")) {
                    b.weight(number(node, "weight", path));
                }
                if (node.has("priority")) {
                    b.priority(enumValue(node, "priority", path + ".", Priority.class, null));
                }
                long raise = longValue(node, "raise", path + ".", 0);
                b.raise(raise > 3 ? 4 : (int) raise);
                return b.build();
            } catch (IllegalArgumentException e) {
                throw ValidationException.at(source, 0, path, e.getMessage(), e);
            }
        }

        List<String> strings(JsonNode node, String name, String path) {
            JsonNode a = node.get(name);
            if (a == null) {
                return List.of();
            }
            if (!a.isArray()) {
                throw fail(path + "." + name, "must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).isString()) {
                    throw fail(path + "." + name + "[" + i + "]", "must be a string");
                }
                out.add(a.get(i).stringValue());
            }
            return out;
        }

        double number(JsonNode node, String name, String path) {
            JsonNode n = node.get(name);
            if (!n.isNumber()) {
                throw fail(path + "." + name, "must be a number");
            }
            return n.doubleValue();
        }

        long longValue(JsonNode node, String name, String path, long dflt) {
            JsonNode n = node.get(name);
            if (n == null) {
                return dflt;
            }
            if (!n.isIntegralNumber() || n.longValue() < 0) {
                throw fail(path + name, "must be a whole number >= 0");
            }
            return n.longValue();
        }

        boolean bool(JsonNode node, String name, String path, boolean dflt) {
            JsonNode n = node.get(name);
            if (n == null) {
                return dflt;
            }
            if (!n.isBoolean()) {
                throw fail(path + name, "must be true or false");
            }
            return n.booleanValue();
        }

        <E extends Enum<E>> E enumValue(JsonNode node, String name, String path, Class<E> type, E dflt) {
            JsonNode n = node.get(name);
            if (n == null) {
                return dflt;
            }
            if (!n.isString()) {
                throw fail(path + name, "must be a string");
            }
            return parseEnum(type, n.stringValue(), path + name);
        }

        <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            throw fail(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
