package dev.scrm.engage.internal;

import dev.scrm.engage.Agent;
import dev.scrm.engage.AgentId;
import dev.scrm.engage.Priority;
import dev.scrm.engage.RoutingPolicy;
import dev.scrm.engage.RoutingRule;
import dev.scrm.engage.TeamId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Routing state of the desk: the agents with their load, the last agent each team assigned (where round robin
 * resumes), and each team's queue of cases no agent could take, highest priority first. It chooses teams and
 * agents and keeps the load counts right; {@link DeskEngine} decides when to route and records the audit events
 * and service events. Not thread-safe: the desk's lock guards it.
 */
final class Router {

    /** One registered agent and the number of active cases assigned to it. */
    static final class AgentState {
        Agent agent;
        int load;

        AgentState(Agent agent) {
            this.agent = agent;
        }

        boolean eligible(TeamId team, Set<String> skills) {
            return agent.available() && load < agent.capacity() && agent.teams().contains(team)
                    && agent.skills().containsAll(skills);
        }
    }

    private static final Comparator<CaseState> QUEUE_ORDER = Comparator
            .comparing((CaseState c) -> c.priority).reversed()
            .thenComparing(c -> c.openedAt)
            .thenComparingLong(c -> c.number);

    private final RoutingPolicy policy;
    private final TreeMap<AgentId, AgentState> agents = new TreeMap<>();
    private final Map<TeamId, AgentId> lastAssigned = new HashMap<>();
    private final Map<TeamId, TreeSet<CaseState>> queues = new HashMap<>();

    Router(RoutingPolicy policy, List<Agent> agents) {
        this.policy = policy;
        for (Agent a : agents) {
            this.agents.put(a.id(), new AgentState(a));
        }
    }

    /** Sets the case's team and required skills from the first matching rule, else the default team. */
    void chooseTeam(CaseState c) {
        TeamId team = policy.defaultTeam();
        Set<String> skills = Set.of();
        for (RoutingRule r : policy.rules()) {
            if (r.matches(c.intent, c.priority, c.platform)) {
                team = r.team();
                skills = r.requiredSkills();
                break;
            }
        }
        c.team = team;
        c.requiredSkills = skills;
    }

    /**
     * The agent to take a case of the team, or {@code null} when no agent is eligible: the next eligible agent
     * after the team's last assignee (round robin), or the least loaded relative to capacity, ties going to the
     * first in round-robin order.
     */
    AgentState pick(TeamId team, Set<String> skills) {
        AgentId last = lastAssigned.get(team);
        List<AgentState> order = new ArrayList<>();
        if (last != null) {
            order.addAll(agents.tailMap(last, false).values());
            order.addAll(agents.headMap(last, true).values());
        } else {
            order.addAll(agents.values());
        }
        AgentState best = null;
        for (AgentState a : order) {
            if (!a.eligible(team, skills)) {
                continue;
            }
            if (policy.strategy() == RoutingPolicy.Strategy.ROUND_ROBIN) {
                return a;
            }
            if (best == null || (long) a.load * best.agent.capacity() < (long) best.load * a.agent.capacity()) {
                best = a;
            }
        }
        return best;
    }

    /** The registered agent, or {@code null}. */
    AgentState agent(AgentId id) {
        return id == null ? null : agents.get(id);
    }

    /** Adds an agent, or replaces the settings of a registered one and keeps its load. */
    void put(Agent agent) {
        AgentState a = agents.get(agent.id());
        if (a == null) {
            agents.put(agent.id(), new AgentState(agent));
        } else {
            a.agent = agent;
        }
    }

    /** The registered agents in id order with their load. */
    Map<Agent, Integer> loads() {
        Map<Agent, Integer> out = new LinkedHashMap<>();
        agents.values().forEach(a -> out.put(a.agent, a.load));
        return out;
    }

    /** The teams of a registered agent; none for an unknown or {@code null} agent. */
    Set<TeamId> teamsOf(AgentId agent) {
        AgentState a = agent(agent);
        return a == null ? Set.of() : a.agent.teams();
    }

    /**
     * Moves a case to an agent: takes it off its queue, moves the load from the previous assignee, moves the
     * case to one of the agent's teams if the agent is not in its team, and remembers the agent for round robin.
     *
     * @return the previous assignee, or {@code null}
     */
    AgentState assign(CaseState c, AgentState a) {
        dequeue(c);
        AgentState previous = agent(c.assignee);
        if (previous != null && previous.load > 0) {
            previous.load--;
        }
        c.assignee = a.agent.id();
        a.load++;
        if (c.team == null || !a.agent.teams().contains(c.team)) {
            c.team = a.agent.teams().iterator().next();
        }
        lastAssigned.put(c.team, a.agent.id());
        return previous;
    }

    /** Counts a reopened case against its assignee again; false when the assignee is no longer registered. */
    boolean restore(CaseState c) {
        AgentState a = agent(c.assignee);
        if (a == null) {
            return false;
        }
        a.load++;
        return true;
    }

    /** Takes a case that is no longer active off its queue and off its assignee's load. */
    void release(CaseState c) {
        dequeue(c);
        AgentState a = agent(c.assignee);
        if (a != null && a.load > 0) {
            a.load--;
        }
    }

    /** Puts a case on its team's queue. */
    void enqueue(CaseState c) {
        c.queued = true;
        queues.computeIfAbsent(c.team, k -> new TreeSet<>(QUEUE_ORDER)).add(c);
    }

    /** The cases waiting in a team's queue, in queue order (a copy). */
    List<CaseState> queued(TeamId team) {
        TreeSet<CaseState> q = queues.get(team);
        return q == null ? List.of() : new ArrayList<>(q);
    }

    /** Changes a case's priority, keeping its place in the queue right. */
    void reprioritize(CaseState c, Priority p) {
        TreeSet<CaseState> q = c.queued ? queues.get(c.team) : null;
        if (q != null) {
            q.remove(c);
        }
        c.priority = p;
        if (q != null) {
            q.add(c);
        }
    }

    private void dequeue(CaseState c) {
        if (c.queued) {
            queues.get(c.team).remove(c);
            c.queued = false;
        }
    }
}
