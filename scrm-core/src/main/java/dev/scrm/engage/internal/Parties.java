package dev.scrm.engage.internal;

import dev.scrm.core.CustomerId;
import dev.scrm.core.PlatformAccountId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whom each case belongs to. A party is the customer an account is linked to, or the account itself while it is
 * linked to none. A party has at most one active case, which absorbs its new messages, and a history of cases,
 * which feeds triage. When an account's link changes (linked, unlinked, or its customer merged or split), the
 * cases that account opened follow it to its new party. Not thread-safe: the desk's lock guards it.
 */
final class Parties {

    private final Map<Object, CaseState> activeByParty = new HashMap<>();
    private final Map<Object, List<CaseState>> casesByParty = new HashMap<>();
    private final Map<PlatformAccountId, Object> partyOfAccount = new HashMap<>();

    /** The party's active case, or {@code null}. */
    CaseState activeCase(Object party) {
        return activeByParty.get(party);
    }

    /** Every case the party opened, oldest first (do not modify). */
    List<CaseState> history(Object party) {
        return casesByParty.getOrDefault(party, List.of());
    }

    /** Records a case just opened as its party's active case. */
    void opened(CaseState c) {
        activeByParty.put(c.party, c);
        casesByParty.computeIfAbsent(c.party, k -> new ArrayList<>()).add(c);
    }

    /** Makes a reopened case its party's active case, unless the party has another one by now. */
    void reopened(CaseState c) {
        activeByParty.putIfAbsent(c.party, c);
    }

    /** Forgets a case that is no longer active as its party's active case. */
    void closed(CaseState c) {
        activeByParty.remove(c.party, c);
    }

    /** Records that an account now belongs to a party, moving the cases it opened when the party changed. */
    void follow(PlatformAccountId account, Object party) {
        Object last = partyOfAccount.put(account, party);
        if (last != null && !last.equals(party)) {
            rekey(last, party, account);
        }
    }

    /** Moves to the customer the seen accounts among its accounts (they may have written before being linked). */
    void followKnown(Collection<PlatformAccountId> accounts, CustomerId customer) {
        accounts.forEach(id -> {
            if (partyOfAccount.containsKey(id)) {
                follow(id, customer);
            }
        });
    }

    /** Moves the cases an account opened from one party to another. */
    private void rekey(Object from, Object to, PlatformAccountId account) {
        List<CaseState> old = casesByParty.get(from);
        if (old == null) {
            return;
        }
        CustomerId customer = to instanceof CustomerId c ? c : null;
        List<CaseState> moving = new ArrayList<>();
        for (CaseState o : old) {
            if (o.contact.equals(account)) {
                moving.add(o);
            }
        }
        old.removeAll(moving);
        if (old.isEmpty()) {
            casesByParty.remove(from);
        }
        for (CaseState o : moving) {
            o.party = to;
            o.customer = customer;
            if (activeByParty.get(from) == o) {
                activeByParty.remove(from);
                activeByParty.putIfAbsent(to, o);
            }
        }
        casesByParty.computeIfAbsent(to, k -> new ArrayList<>()).addAll(moving);
    }
}
