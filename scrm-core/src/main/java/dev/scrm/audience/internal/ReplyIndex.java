package dev.scrm.audience.internal;

import dev.scrm.core.InteractionId;
import java.util.Arrays;
import java.util.HashMap;

/**
 * Who answered whom, for the sentiment of replies about a customer: the author of each interaction, the
 * replies each interaction received, and the interaction each reply answers, all keyed by
 * {@linkplain #hash interaction id hash}. Replies may arrive before the interaction they answer; the answered
 * interaction is marked on its author's identity ({@link IdentityState#markAnswered}) as soon as both are known.
 * Guarded by the engine's lock; not thread-safe.
 */
final class ReplyIndex {

    /** The replies to one interaction: the replying identity and the reply's id hash, in parallel. */
    static final class ReplyList {
        IdentityState[] who = new IdentityState[2];
        long[] hashes = new long[2];
        int size;
        /** The identity whose answered list holds this interaction, or null while its author is unknown. */
        IdentityState markedOn;

        void add(IdentityState s, long hash) {
            for (int i = 0; i < size; i++) {
                if (who[i] == s && hashes[i] == hash) {
                    return;
                }
            }
            if (size == who.length) {
                who = Arrays.copyOf(who, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            who[size] = s;
            hashes[size++] = hash;
        }

        void remove(IdentityState s, long hash) {
            for (int i = 0; i < size; i++) {
                if (who[i] == s && hashes[i] == hash) {
                    size--;
                    who[i] = who[size];
                    hashes[i] = hashes[size];
                    who[size] = null;
                    return;
                }
            }
        }
    }

    /** Who authored each interaction, by id hash (for the replied-to side of a reply). */
    private final HashMap<Long, IdentityState> authorOf = new HashMap<>();
    /** The replies received by each interaction, by the replied-to interaction's id hash. */
    private final HashMap<Long, ReplyList> replies = new HashMap<>();
    /** The replied-to interaction of each reply, by the reply's id hash. */
    private final HashMap<Long, Long> parentOf = new HashMap<>();

    /**
     * Records an interaction (first seen or applied again): its author, and the interaction it answers.
     *
     * @param idHash the interaction's id hash
     * @param author its author
     * @param parent the id hash of the interaction it answers, or {@code null}
     * @return the id hash of the interaction it answered before this call, or {@code null}
     */
    Long record(long idHash, IdentityState author, Long parent) {
        if (authorOf.put(idHash, author) != author) {
            ReplyList answers = replies.get(idHash);
            if (answers != null && answers.markedOn != author) {
                answers.markedOn = author;
                author.markAnswered(idHash);
            }
        }
        Long previous = parent == null ? parentOf.remove(idHash) : parentOf.put(idHash, parent);
        if (previous != null && !previous.equals(parent)) {
            ReplyList old = replies.get(previous);
            if (old != null) {
                old.remove(author, idHash);
            }
        }
        if (parent != null) {
            ReplyList answers = replies.computeIfAbsent(parent, k -> new ReplyList());
            answers.add(author, idHash);
            IdentityState parentAuthor = answers.markedOn == null ? authorOf.get(parent) : null;
            if (parentAuthor != null) {
                answers.markedOn = parentAuthor;
                parentAuthor.markAnswered(parent);
            }
        }
        return previous;
    }

    /** The author of an interaction, or {@code null} while it is unknown. */
    IdentityState authorOf(long idHash) {
        return authorOf.get(idHash);
    }

    /** The replies an interaction received, or {@code null}. */
    ReplyList repliesTo(long idHash) {
        return replies.get(idHash);
    }

    /** A 64-bit fingerprint of an interaction id (see {@link InteractionId#fingerprint()}). */
    static long hash(InteractionId id) {
        return id.fingerprint();
    }
}
