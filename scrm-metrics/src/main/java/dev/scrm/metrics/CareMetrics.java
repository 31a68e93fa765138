package dev.scrm.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Social customer service times from conversation events: first response, next response (the clock stops
 * at resolution; an inbound message after resolution starts a turn only if the conversation is reopened),
 * resolution, SLA attainment and response rate. Only human agent replies count as responses. Durations are
 * wall-clock, or business time under a {@link BusinessCalendar}. Stateless and thread-safe.
 */
public final class CareMetrics {

    private CareMetrics() {
    }

    private static double seconds(Instant a, Instant b, BusinessCalendar calendar) {
        Duration d = calendar == null ? Duration.between(a, b) : calendar.between(a, b);
        return d.toMillis() / 1000.0;
    }

    /**
     * The first response time of a conversation: first agent reply minus first inbound message.
     *
     * @param c the conversation
     * @param calendar a business calendar, or {@code null} for wall-clock time
     * @return the seconds, or a negative number when there is no inbound message or no reply yet
     */
    public static double firstResponseSeconds(CareConversation c, BusinessCalendar calendar) {
        Objects.requireNonNull(c, "conversation");
        Instant inbound = null;
        for (CareEvent e : c.events()) {
            if (inbound == null && e.type() == CareEventType.INBOUND) {
                inbound = e.at();
            } else if (inbound != null && e.type() == CareEventType.AGENT_REPLY) {
                return seconds(inbound, e.at(), calendar);
            }
        }
        return -1;
    }

    /**
     * The next response times of a conversation: for each customer turn after the first, the time from its
     * first inbound message to the next agent reply.
     *
     * @param c the conversation
     * @param calendar a business calendar, or {@code null} for wall-clock time
     * @return the seconds of each answered turn, in order
     */
    public static List<Double> nextResponseSeconds(CareConversation c, BusinessCalendar calendar) {
        Objects.requireNonNull(c, "conversation");
        List<Double> out = new ArrayList<>();
        boolean firstTurnOpen = false;
        boolean answered = false;
        boolean resolved = false;
        Instant turn = null;
        Instant afterResolve = null;
        for (CareEvent e : c.events()) {
            switch (e.type()) {
                case INBOUND:
                    if (resolved) {
                        if (afterResolve == null) {
                            afterResolve = e.at();
                        }
                    } else if (!firstTurnOpen && !answered) {
                        firstTurnOpen = true;
                    } else if (answered && turn == null) {
                        turn = e.at();
                    }
                    break;
                case AGENT_REPLY:
                    if (resolved) {
                        break;
                    }
                    if (turn != null) {
                        out.add(seconds(turn, e.at(), calendar));
                        turn = null;
                    }
                    answered = true;
                    firstTurnOpen = false;
                    break;
                case RESOLVED:
                    resolved = true;
                    turn = null;
                    afterResolve = null;
                    break;
                case REOPENED:
                    if (resolved) {
                        resolved = false;
                        if (answered) {
                            turn = afterResolve;
                        } else if (afterResolve != null) {
                            firstTurnOpen = true;
                        }
                        afterResolve = null;
                    }
                    break;
                default:
                    break;
            }
        }
        return out;
    }

    /**
     * The resolution time: the last resolution minus the conversation's first event.
     *
     * @param c the conversation
     * @param openIntervalsOnly whether to count only the intervals it was open (first event to resolution,
     *     and each reopening to the next resolution)
     * @param calendar a business calendar, or {@code null}
     * @return the seconds, or a negative number when the conversation is not resolved
     */
    public static double resolutionSeconds(CareConversation c, boolean openIntervalsOnly, BusinessCalendar calendar) {
        Objects.requireNonNull(c, "conversation");
        List<CareEvent> ev = c.events();
        if (ev.isEmpty()) {
            return -1;
        }
        Instant created = ev.get(0).at();
        Instant openedAt = created;
        boolean open = true;
        double openSum = 0;
        Instant lastResolved = null;
        for (CareEvent e : ev) {
            if (e.type() == CareEventType.RESOLVED && open) {
                openSum += seconds(openedAt, e.at(), calendar);
                open = false;
                lastResolved = e.at();
            } else if (e.type() == CareEventType.REOPENED && !open) {
                open = true;
                openedAt = e.at();
            }
        }
        if (open || lastResolved == null) {
            return -1;
        }
        return openIntervalsOnly ? openSum : seconds(created, lastResolved, calendar);
    }

    /**
     * SLA attainment of first response: {@code #eligible with FRT ≤ target / #eligible}, where eligible means
     * responded, or still unanswered past the deadline (breached). Unanswered conversations still within
     * target are pending and left out.
     *
     * @param conversations the conversations
     * @param target the target
     * @param now the current time, for pending and breached conversations
     * @param calendar a business calendar, or {@code null}
     * @return {met, eligible}
     */
    public static long[] firstResponseSla(List<CareConversation> conversations, Duration target, Instant now,
            BusinessCalendar calendar) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(now, "now");
        double limit = target.toMillis() / 1000.0;
        long met = 0;
        long eligible = 0;
        for (CareConversation c : conversations) {
            double frt = firstResponseSeconds(c, calendar);
            if (frt >= 0) {
                eligible++;
                if (frt <= limit) {
                    met++;
                }
            } else {
                Instant first = firstInbound(c);
                if (first != null && !now.isBefore(first) && seconds(first, now, calendar) > limit) {
                    eligible++;
                }
            }
        }
        return new long[] {met, eligible};
    }

    /**
     * The response rate: actionable inbound messages followed by an agent reply, out of all actionable
     * inbound messages.
     *
     * @param conversations the conversations
     * @return {replied, actionable}
     */
    public static long[] responseRate(List<CareConversation> conversations) {
        long replied = 0;
        long actionable = 0;
        for (CareConversation c : conversations) {
            List<CareEvent> ev = c.events();
            Instant lastReply = null;
            for (CareEvent e : ev) {
                if (e.type() == CareEventType.AGENT_REPLY) {
                    lastReply = e.at();
                }
            }
            for (CareEvent e : ev) {
                if (e.type() == CareEventType.INBOUND && e.actionable()) {
                    actionable++;
                    if (lastReply != null && !lastReply.isBefore(e.at())) {
                        replied++;
                    }
                }
            }
        }
        return new long[] {replied, actionable};
    }

    private static Instant firstInbound(CareConversation c) {
        for (CareEvent e : c.events()) {
            if (e.type() == CareEventType.INBOUND) {
                return e.at();
            }
        }
        return null;
    }
}
