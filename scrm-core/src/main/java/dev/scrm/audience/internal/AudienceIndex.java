package dev.scrm.audience.internal;

import dev.scrm.audience.AdvocacyStage;
import dev.scrm.audience.Audience;
import dev.scrm.core.Customer;
import dev.scrm.core.CustomerId;
import dev.scrm.core.Direction;
import dev.scrm.core.EngagementType;
import dev.scrm.core.Interaction;
import dev.scrm.core.InteractionKind;
import dev.scrm.core.PlatformAccountId;
import dev.scrm.core.SocialIdentity;
import dev.scrm.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The facts the audience evaluates, kept up to date as customers, identities and interactions arrive:
 * customers by id and by dense index (the index is a customer's bit in every segment's member set),
 * identities with their interaction histories, and the reply index. It changes facts only; deciding stages,
 * segment membership and influence from them is the engine's work. Guarded by the engine's lock;
 * not thread-safe.
 */
final class AudienceIndex {

    private static final int UNAWARE = AdvocacyStage.UNAWARE.ordinal();

    private final Dictionary dictionary;
    private final StageHistory stages;
    private final Map<CustomerId, CustomerState> customers = new HashMap<>();
    private final ArrayList<CustomerState> byIndex = new ArrayList<>();
    private final Map<PlatformAccountId, IdentityState> identities = new HashMap<>();
    private final ReplyIndex replies = new ReplyIndex();
    /** Set by {@link #apply(Interaction, long)}: the interaction a re-applied reply no longer answers, or null. */
    private Long detachedFrom;

    /**
     * Creates an empty index.
     *
     * @param dictionary where brand and campaign names are numbered
     * @param stages where a new customer's entry into the first stage is recorded
     */
    AudienceIndex(Dictionary dictionary, StageHistory stages) {
        this.dictionary = dictionary;
        this.stages = stages;
    }

    /** The customer, or {@code null}. */
    CustomerState customer(CustomerId id) {
        return customers.get(id);
    }

    /** Every customer by index, {@code null} where one was removed. Read-only. */
    List<CustomerState> byIndex() {
        return byIndex;
    }

    /** The number of customers. */
    int customerCount() {
        return customers.size();
    }

    /** Who answered whom. */
    ReplyIndex replies() {
        return replies;
    }

    /** The interaction the last interaction applied no longer answers, or {@code null}. */
    Long detachedFrom() {
        return detachedFrom;
    }

    /**
     * Removes a customer; its identities become unlinked, and with {@code eraseHistory} are forgotten with their
     * histories.
     *
     * @return the removed customer, or {@code null} when unknown
     */
    CustomerState remove(CustomerId customer, boolean eraseHistory) {
        CustomerState c = customers.remove(customer);
        if (c == null) {
            return null;
        }
        for (IdentityState i : c.identities) {
            if (eraseHistory) {
                identities.remove(i.id);
                i.clear();
            }
            i.customer = null;
        }
        byIndex.set(c.index, null);
        return c;
    }

    /**
     * Records a customer's attributes, consent and identities, taking identities over from other customers.
     * A new customer starts {@link AdvocacyStage#UNAWARE}.
     *
     * @return the customers whose facts changed: this one first, then those that lost an identity to it
     */
    List<CustomerState> apply(Customer customer, long now) {
        CustomerState c = customers.get(customer.id());
        if (c == null) {
            c = new CustomerState(customer.id(), byIndex.size(), UNAWARE);
            byIndex.add(c);
            customers.put(customer.id(), c);
            stages.record(now, -1, UNAWARE);
        }
        c.attributes = customer.attributes();
        c.consent = customer.consent();
        List<CustomerState> touched = new ArrayList<>();
        touched.add(c);
        IdentityState[] linked = new IdentityState[customer.identities().size()];
        int n = 0;
        for (PlatformAccountId id : customer.identities()) {
            IdentityState s = identities.computeIfAbsent(id, IdentityState::new);
            if (s.customer != null && s.customer != c) {
                CustomerState other = s.customer;
                other.identities = without(other.identities, s);
                if (!touched.contains(other)) {
                    touched.add(other);
                }
            }
            s.customer = c;
            linked[n++] = s;
        }
        for (IdentityState old : c.identities) {
            if (!customer.identities().contains(old.id) && old.customer == c) {
                old.customer = null;
            }
        }
        c.identities = linked.length == 0 ? CustomerState.NO_IDENTITIES : linked;
        return touched;
    }

    private static IdentityState[] without(IdentityState[] all, IdentityState gone) {
        IdentityState[] out = new IdentityState[all.length - 1];
        int n = 0;
        for (IdentityState s : all) {
            if (s != gone && n < out.length) {
                out[n++] = s;
            }
        }
        return out.length == 0 ? CustomerState.NO_IDENTITIES : out;
    }

    /** Records an identity's audience facts: followers, verification, bot flag. */
    IdentityState apply(SocialIdentity identity) {
        IdentityState s = identities.computeIfAbsent(identity.id(), IdentityState::new);
        s.followers = identity.followerCounts() == null ? -1 : identity.followerCounts().followers();
        s.verified = identity.verified();
        s.bot = "true".equalsIgnoreCase(identity.attributes().getOrDefault(Audience.BOT_ATTRIBUTE, "").trim());
        return s;
    }

    /**
     * Adds an interaction to its author's history (or updates it when applied again) and records whom it answers.
     * Afterwards {@link #detachedFrom()} tells which interaction it no longer answers, if any.
     *
     * @param amount the purchase amount from {@link #amountOf}
     * @return the author when its facts changed, else {@code null}
     */
    IdentityState apply(Interaction interaction, long amount) {
        PlatformAccountId author = interaction.author();
        detachedFrom = null;
        if (author == null) {
            return null;
        }
        IdentityState s = identities.computeIfAbsent(author, IdentityState::new);
        int kindBits = interaction.kind().ordinal() | (interaction.direction() == Direction.OUTBOUND ? 0x40 : 0);
        double compound = interaction.sentiment() == null ? Double.NaN : interaction.sentiment().compound();
        String campaignName = interaction.attributes().get(Audience.CAMPAIGN_ATTRIBUTE);
        int campaign = campaignName == null || campaignName.isBlank() ? -1 : dictionary.campaign(campaignName.trim());
        long amp = interaction.engagement().count(EngagementType.SHARES).orElse(0)
                + interaction.engagement().count(EngagementType.QUOTES).orElse(0);
        long idHash = ReplyIndex.hash(interaction.id());
        Long parent = interaction.inReplyTo() == null ? null : ReplyIndex.hash(interaction.inReplyTo());
        Long previous = replies.record(idHash, s, parent);
        boolean reparented = !Objects.equals(previous, parent);
        detachedFrom = reparented ? previous : null;
        boolean changed = s.put(idHash, interaction.occurredAt().toEpochMilli(), kindBits, compound,
                dictionary.brandSet(interaction.brands()), campaign, clampInt(interaction.engagement().total()),
                clampInt(amp), amount);
        return changed || reparented ? s : null;
    }

    private static int clampInt(long v) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, v));
    }

    /**
     * The purchase amount of an interaction in 1/10,000 units, or {@link IdentityState#NO_AMOUNT}.
     *
     * @throws ValidationException when a purchase's amount attribute is not a plain decimal number in range
     */
    static long amountOf(Interaction interaction) {
        if (interaction.kind() != InteractionKind.PURCHASE) {
            return IdentityState.NO_AMOUNT;
        }
        String text = interaction.attributes().get(Audience.AMOUNT_ATTRIBUTE);
        if (text == null || text.isBlank()) {
            return IdentityState.NO_AMOUNT;
        }
        try {
            return new BigDecimal(text.trim()).movePointRight(4).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw ValidationException.ofField("interaction.attributes." + Audience.AMOUNT_ATTRIBUTE,
                    "a purchase amount must be a plain decimal number within range (interaction on platform "
                            + interaction.id().platform() + ")");
        }
    }
}
