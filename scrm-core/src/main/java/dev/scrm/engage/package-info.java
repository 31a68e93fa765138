/**
 * Social customer service: the unified inbox, triage, cases, routing, SLAs, replies and the customer
 * timeline.
 *
 * <p>{@link dev.scrm.engage.ServiceDesk} is the front door. It threads inbound
 * {@link dev.scrm.core.Interaction interactions} into {@link dev.scrm.engage.Conversation conversations},
 * labels them with a {@link dev.scrm.engage.TriageClassifier} (by default the data-driven
 * {@link dev.scrm.engage.RuleBasedTriageClassifier}, whose {@link dev.scrm.engage.TriageRuleSet rules} are
 * JSON and can be swapped at run time, and into which listening queries plug as named
 * {@link dev.scrm.engage.InteractionMatcher matchers}), groups them per customer into
 * {@link dev.scrm.engage.ServiceCase cases}, routes cases to {@link dev.scrm.engage.Agent agents} by a
 * {@link dev.scrm.engage.RoutingPolicy}, and runs first-response, next-response and resolution clocks under
 * an {@link dev.scrm.engage.SlaPolicy} on a {@link dev.scrm.engage.BusinessCalendar} (time zone, weekly
 * hours, holidays, daylight-saving changes). Replies go out through a platform's
 * {@link dev.scrm.engage.ReplyChannel}, which declares the platform's {@link dev.scrm.engage.ReplyPolicy};
 * a reply the policy forbids fails with a {@link dev.scrm.engage.ReplyNotAllowedException}.
 *
 * <p>Every change is an audit event in the store's {@link dev.scrm.store.AuditLog} (actions in
 * {@link dev.scrm.engage.ServiceAuditActions}) and a {@link dev.scrm.engage.ServiceEvent} for
 * {@link dev.scrm.engage.ServiceEventListener listeners}, from which scrm-metrics computes service KPIs.
 * {@link dev.scrm.engage.ServiceDesk#timeline(dev.scrm.core.CustomerId)} gives a care employee the whole
 * history of a customer across channels. Values here are immutable records; the desk and the rule-based
 * classifier are thread-safe.
 */
package dev.scrm.engage;
