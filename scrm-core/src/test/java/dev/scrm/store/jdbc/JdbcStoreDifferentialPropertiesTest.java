package dev.scrm.store.jdbc;

import static dev.scrm.store.Fixtures.T0;
import static dev.scrm.store.Fixtures.customer;
import static dev.scrm.store.Fixtures.identity;
import static dev.scrm.store.Fixtures.interaction;
import static dev.scrm.store.Fixtures.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.scrm.core.AttributeValue;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.Provenance;
import dev.scrm.core.SocialIdentity;
import dev.scrm.store.InteractionQuery;
import dev.scrm.store.ScrmStore;
import dev.scrm.store.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of store operations applied to the in-memory store and to the JDBC store on H2 give the
 * same results, the same failures, the same final state and the same audit log, event for event.
 */
class JdbcStoreDifferentialPropertiesTest {

    /** One operation: what, and two small numbers choosing customers, accounts or interactions. */
    record Op(int kind, int a, int b) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 4)).as(Op::new).list().ofMinSize(5).ofMaxSize(35);
    }

    @Property(tries = 12)
    void sameOperations_sameOutcomes_sameStateAndAudit(@ForAll("ops") List<Op> ops) {
        ScrmStore memory = ScrmStore.inMemory(new TestClock(T0, Duration.ofMillis(1)));
        try (HikariDataSource ds = TestDatabases.h2Memory()) {
            JdbcMigrations.migrate(ds, JdbcDialect.H2, new TestClock(T0, Duration.ofMillis(1)));
            ScrmStore jdbc = JdbcStore.builder(ds).clock(new TestClock(T0, Duration.ofMillis(1))).migrate(false)
                    .build();
            int step = 0;
            for (Op op : ops) {
                assertThat(outcome(jdbc, op)).as("step %d: %s", step, op).isEqualTo(outcome(memory, op));
                step++;
            }
            assertThat(list(jdbc.customers())).isEqualTo(list(memory.customers()));
            assertThat(list(jdbc.identities())).isEqualTo(list(memory.identities()));
            assertThat(jdbc.query(InteractionQuery.builder().build()))
                    .isEqualTo(memory.query(InteractionQuery.builder().build()));
            assertThat(jdbc.audit().read(0, 10_000)).isEqualTo(memory.audit().read(0, 10_000));
        }
    }

    private static <T> List<T> list(Stream<T> s) {
        try (s) {
            return s.toList();
        }
    }

    private static CustomerId cid(int n) {
        return CustomerId.of("c-" + n);
    }

    private static PlatformAccountId acct(int n) {
        return PlatformAccountId.of(n % 2 == 0 ? "mastodon" : "bluesky", "u" + n);
    }

    /** Runs an operation and describes its result or failure, so both stores can be compared. */
    private static String outcome(ScrmStore s, Op op) {
        Function<ScrmStore, Object> action = switch (op.kind()) {
            case 0 -> st -> st.create(customer("c-" + op.a()), "agent:1");
            case 1 -> st -> {
                Customer c = st.find(cid(op.a())).orElse(customer("c-" + op.a()).withVersion(1));
                Customer changed = c.withAttribute("note" + op.b(), AttributeValue.of("v" + op.b(),
                        Provenance.of("crm", T0)), T0);
                return st.update(op.b() == 4 ? changed.withVersion(changed.version() + 1) : changed, "agent:2");
            };
            case 2 -> st -> st.putIdentity(op.b() == 4 ? identity(acct(op.a())).toBuilder().displayName("Other").build()
                    : identity(acct(op.a())), "connector:x");
            case 3, 4 -> st -> st.link(acct(op.a()), cid(op.b() % 4), link("rule" + op.b()), "system");
            case 5 -> st -> st.unlink(acct(op.a()), "agent:3");
            case 6 -> st -> st.merge(cid(op.a()), cid(op.b() % 4), "agent:4");
            case 7 -> st -> st.split(cid(op.a()), Set.of(acct(op.b() % 4)), cid(10 + op.b()), "agent:5");
            case 8, 9 -> st -> st.appendAll(List.of(
                    interaction("mastodon", "i" + op.a() + op.b(), acct(op.a()), InteractionKind.MENTION,
                            T0.plusSeconds(op.b())),
                    interaction("bluesky", "j" + op.b(), op.b() == 0 ? null : acct(op.b() % 4), InteractionKind.REPLY,
                            T0.plusSeconds(op.a()))), "connector:x");
            default -> st -> st.erase(cid(op.a()), "agent:dpo");
        };
        try {
            Object result = action.apply(s);
            if (result instanceof SocialIdentity i) {
                return "ok " + Objects.hash(i);
            }
            return "ok " + result + (result instanceof Customer c ? " " + c.hashCode() : "");
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
