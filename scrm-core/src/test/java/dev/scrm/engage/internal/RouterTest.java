package dev.scrm.engage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrm.core.Platform;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.engage.Agent;
import dev.scrm.engage.AgentId;
import dev.scrm.engage.CaseId;
import dev.scrm.engage.Intent;
import dev.scrm.engage.Priority;
import dev.scrm.engage.RoutingPolicy;
import dev.scrm.engage.RoutingRule;
import dev.scrm.engage.TeamId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final TeamId CARE = TeamId.of("care");
    private static final TeamId BILLING = TeamId.of("billing");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static CaseState newCase(long n, Priority priority, Intent intent, Instant openedAt) {
        PlatformAccountId contact = PlatformAccountId.of(Platform.MASTODON, "contact-" + n);
        return new CaseState(CaseId.of("case-" + n), n, null, contact, contact, Platform.MASTODON, intent, priority,
                List.of(), openedAt);
    }

    private static CaseState routed(Router router, long n, Priority priority) {
        CaseState c = newCase(n, priority, Intent.QUESTION, T0.plusSeconds(n));
        router.chooseTeam(c);
        return c;
    }

    @Test
    void roundRobinResumesAfterTheTeamsLastAssignee() {
        Router router = new Router(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.ROUND_ROBIN, CARE),
                List.of(Agent.of("ana", "care", 5), Agent.of("bo", "care", 5), Agent.of("cy", "care", 5)));
        StringBuilder order = new StringBuilder();
        for (int n = 1; n <= 4; n++) {
            CaseState c = routed(router, n, Priority.NORMAL);
            Router.AgentState a = router.pick(c.team, c.requiredSkills);
            router.assign(c, a);
            order.append(a.agent.id().value()).append(' ');
        }
        assertThat(order.toString().trim()).isEqualTo("ana bo cy ana");
        assertThat(router.loads().values()).containsExactly(2, 1, 1);
    }

    @Test
    void leastLoadedWeighsLoadAgainstCapacity() {
        Router router = new Router(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.LEAST_LOADED, CARE),
                List.of(Agent.of("ana", "care", 2), Agent.of("bo", "care", 4)));
        router.assign(routed(router, 1, Priority.NORMAL), router.agent(AgentId.of("ana")));
        // ana carries 1 of 2, bo 0 of 4
        assertThat(router.pick(CARE, Set.of()).agent.id()).isEqualTo(AgentId.of("bo"));
        router.assign(routed(router, 2, Priority.NORMAL), router.agent(AgentId.of("bo")));
        router.assign(routed(router, 3, Priority.NORMAL), router.agent(AgentId.of("bo")));
        // both at half their capacity: the tie goes to the next after bo, the team's last assignee
        assertThat(router.pick(CARE, Set.of()).agent.id()).isEqualTo(AgentId.of("ana"));
    }

    @Test
    void noAgentIsPickedWhoIsAwayFullOrLacksASkill() {
        Router router = new Router(new RoutingPolicy(RoutingPolicy.Strategy.ROUND_ROBIN,
                List.of(RoutingRule.intents(BILLING, Intent.COMPLAINT).requiring("refunds")), CARE),
                List.of(Agent.of("ana", "billing", 1), Agent.of("bo", "billing", 1, "refunds").withAvailable(false),
                        Agent.of("cy", "billing", 1, "refunds")));
        CaseState complaint = newCase(1, Priority.HIGH, Intent.COMPLAINT, T0);
        router.chooseTeam(complaint);
        assertThat(complaint.team).isEqualTo(BILLING);
        assertThat(complaint.requiredSkills).containsExactly("refunds");
        router.assign(complaint, router.pick(complaint.team, complaint.requiredSkills));
        assertThat(complaint.assignee).isEqualTo(AgentId.of("cy"));
        assertThat(router.pick(BILLING, Set.of("refunds"))).isNull();
    }

    @Test
    void queuesServeHigherPriorityFirstThenOlderCasesAndFollowPriorityChanges() {
        Router router = new Router(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.ROUND_ROBIN, CARE), List.of());
        CaseState older = routed(router, 1, Priority.NORMAL);
        CaseState newer = routed(router, 2, Priority.NORMAL);
        CaseState urgent = routed(router, 3, Priority.URGENT);
        router.enqueue(newer);
        router.enqueue(urgent);
        router.enqueue(older);
        assertThat(router.queued(CARE)).containsExactly(urgent, older, newer);

        router.reprioritize(newer, Priority.HIGH);
        assertThat(newer.priority).isEqualTo(Priority.HIGH);
        assertThat(router.queued(CARE)).containsExactly(urgent, newer, older);

        router.release(urgent);
        assertThat(urgent.queued).isFalse();
        assertThat(router.queued(CARE)).containsExactly(newer, older);
    }

    @Test
    void assigningMovesLoadAndReleasingOrRestoringAdjustsIt() {
        Router router = new Router(RoutingPolicy.singleTeam(RoutingPolicy.Strategy.ROUND_ROBIN, CARE),
                List.of(Agent.of("ana", "care", 3), Agent.of("bo", "support", 3)));
        CaseState c = routed(router, 1, Priority.NORMAL);
        router.enqueue(c);
        assertThat(router.assign(c, router.agent(AgentId.of("ana")))).isNull();
        assertThat(c.queued).isFalse();
        assertThat(router.queued(CARE)).isEmpty();

        Router.AgentState previous = router.assign(c, router.agent(AgentId.of("bo")));
        assertThat(previous.agent.id()).isEqualTo(AgentId.of("ana"));
        // bo is not in care, so the case moves to bo's team
        assertThat(c.team).isEqualTo(TeamId.of("support"));
        assertThat(router.loads().values()).containsExactly(0, 1);

        router.release(c);
        assertThat(router.loads().values()).containsExactly(0, 0);
        assertThat(router.restore(c)).isTrue();
        assertThat(router.loads().values()).containsExactly(0, 1);
        c.assignee = AgentId.of("gone");
        assertThat(router.restore(c)).isFalse();
    }
}
