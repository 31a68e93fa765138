package dev.scrm.engage;

import dev.scrm.core.Platform;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sends the cases that match to a team, and requires skills of the agent who takes them.
 *
 * <p>Every non-empty set must contain the case's value: its intent, its priority and the platform of its
 * first message. Immutable and thread-safe.
 *
 * @param intents the intents it matches; empty means any
 * @param priorities the priorities it matches; empty means any
 * @param platforms the platforms it matches; empty means any
 * @param team the team the case goes to
 * @param requiredSkills skills the assigned agent must all have
 */
public record RoutingRule(Set<Intent> intents, Set<Priority> priorities, Set<Platform> platforms, TeamId team,
        Set<String> requiredSkills) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field or element is null
     */
    public RoutingRule {
        intents = intents.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(intents));
        priorities = priorities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(priorities));
        platforms = Collections.unmodifiableSet(new TreeSet<>(platforms));
        Objects.requireNonNull(team, "team");
        requiredSkills = Collections.unmodifiableSet(new TreeSet<>(requiredSkills));
    }

    /**
     * A rule sending cases of some intents to a team.
     *
     * @param team the team
     * @param intents the intents
     * @return the rule
     */
    public static RoutingRule intents(TeamId team, Intent... intents) {
        return new RoutingRule(Set.of(intents), Set.of(), Set.of(), team, Set.of());
    }

    /**
     * A copy that also requires skills.
     *
     * @param skills the skills the agent must have
     * @return the copy
     */
    public RoutingRule requiring(String... skills) {
        return new RoutingRule(intents, priorities, platforms, team, Set.of(skills));
    }

    /**
     * Whether the rule matches a case.
     *
     * @param intent the case's intent
     * @param priority its priority
     * @param platform the platform of its first message
     * @return true when every set criterion holds
     */
    public boolean matches(Intent intent, Priority priority, Platform platform) {
        return (intents.isEmpty() || intents.contains(intent))
                && (priorities.isEmpty() || priorities.contains(priority))
                && (platforms.isEmpty() || platforms.contains(platform));
    }
}
