package dev.scrm.engage;

import java.util.List;
import java.util.Objects;

/**
 * How new cases find a team and an agent.
 *
 * <p>The first {@link RoutingRule} that matches picks the team (and the skills the agent needs); when none
 * matches, the case goes to {@code defaultTeam}. Within the team, an agent is eligible when they are
 * available, below their capacity and have the required skills; the {@link Strategy} picks among them. When
 * nobody is eligible the case waits in the team's queue and is assigned, highest priority and then oldest
 * first, as soon as capacity frees up. Immutable and thread-safe.
 *
 * @param strategy how to pick among eligible agents
 * @param rules the team rules, in order
 * @param defaultTeam the team of cases no rule matches
 */
public record RoutingPolicy(Strategy strategy, List<RoutingRule> rules, TeamId defaultTeam) {

    /** How the router picks one of the eligible agents of a team. */
    public enum Strategy {
        /** Take turns: the next eligible agent after the one who got the team's previous case. */
        ROUND_ROBIN,
        /** The agent with the lowest share of their capacity in use; ties go round-robin. */
        LEAST_LOADED
    }

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field or rule is null
     */
    public RoutingPolicy {
        Objects.requireNonNull(strategy, "strategy");
        rules = List.copyOf(rules);
        Objects.requireNonNull(defaultTeam, "defaultTeam");
    }

    /**
     * Every case to one team.
     *
     * @param strategy the strategy
     * @param team the team
     * @return the policy
     */
    public static RoutingPolicy singleTeam(Strategy strategy, TeamId team) {
        return new RoutingPolicy(strategy, List.of(), team);
    }
}
