package dev.scrm.engage;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A customer-care agent as the router sees them: their teams, skills, how many active cases they can hold
 * and whether they are taking work now. Immutable and thread-safe; change one with the {@code withX}
 * copies and {@link ServiceDesk#agent(Agent)}.
 *
 * @param id the agent's id
 * @param teams the teams they work in, at least one
 * @param skills their skills (for example {@code lang:de}, {@code billing}), sorted
 * @param capacity the most active (open or pending) cases the router gives them, at least 1
 * @param available whether the router gives them cases now
 */
public record Agent(AgentId id, Set<TeamId> teams, Set<String> skills, int capacity, boolean available) {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException if a field or element is null
     * @throws IllegalArgumentException if there is no team, a skill is blank or the capacity is below 1
     */
    public Agent {
        Objects.requireNonNull(id, "id");
        teams = Collections.unmodifiableSet(new TreeSet<>(teams));
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("agent " + id + " needs at least one team");
        }
        skills = Collections.unmodifiableSet(new TreeSet<>(skills));
        for (String s : skills) {
            if (s.isBlank()) {
                throw new IllegalArgumentException("agent " + id + ": skills must not be blank");
            }
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("agent " + id + ": capacity must be >= 1, was " + capacity);
        }
    }

    /**
     * An available agent in one team with skills.
     *
     * @param id the id
     * @param team the team
     * @param capacity the most active cases
     * @param skills the skills
     * @return the agent
     */
    public static Agent of(String id, String team, int capacity, String... skills) {
        return new Agent(AgentId.of(id), Set.of(TeamId.of(team)), Set.of(skills), capacity, true);
    }

    /**
     * A copy with another availability.
     *
     * @param value whether the agent takes cases
     * @return the copy
     */
    public Agent withAvailable(boolean value) {
        return new Agent(id, teams, skills, capacity, value);
    }

    /**
     * A copy with another capacity.
     *
     * @param value the most active cases
     * @return the copy
     */
    public Agent withCapacity(int value) {
        return new Agent(id, teams, skills, value, available);
    }
}
