package dev.scrm.testkit.connector;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ground truth a simulated platform serves: posts by invented people about invented brands, some
 * replies, and a set of deleted posts. Thread-safe: posts may be added and deleted while a pull runs.
 */
public final class SimWorld {

    /** Invented authors: handle stem and display name. No real person. */
    public static final List<String[]> AUTHORS = List.of(
            new String[] {"alice", "Alice Example"}, new String[] {"bob", "Bob Sample"},
            new String[] {"carol", "Carol Testperson"}, new String[] {"dave", "Dave Placeholder"},
            new String[] {"erin", "Erin Fictional"}, new String[] {"frank", "Frank Madeup"},
            new String[] {"grace", "Grace Invented"}, new String[] {"heidi", "Heidi Notreal"});

    private static final String[] PHRASES = {
        "Test post about Acme widgets", "Loving the new Acme gadget, #acme", "Acme support answered fast today",
        "Is anyone else having trouble with the Acme app?", "Comparing Acme and Globex widgets",
        "Ünïcödé and emoji 🎉 in an Acme review", "Acme widgets arrived broken, not happy",
        "Great keynote by Acme at the fair"};

    private final List<SimPost> posts = Collections.synchronizedList(new ArrayList<>());
    private final Set<Long> deleted = ConcurrentHashMap.newKeySet();
    private final Random random;
    private volatile Instant next;

    private SimWorld(long seed, Instant start) {
        this.random = new Random(seed);
        this.next = start;
    }

    /**
     * A world of posts, one every 7 seconds ending before {@code end}.
     *
     * @param count how many posts
     * @param seed the seed for texts, authors and replies
     * @param end the time after the newest post
     * @return the world
     */
    public static SimWorld generate(int count, long seed, Instant end) {
        SimWorld w = new SimWorld(seed, end.minus(Duration.ofSeconds(7L * (count + 1))));
        w.add(count);
        return w;
    }

    /**
     * Adds posts after the newest one.
     *
     * @param count how many
     */
    public synchronized void add(int count) {
        for (int i = 0; i < count; i++) {
            long seq = posts.size() + 1;
            next = next.plusSeconds(7);
            long replyTo = seq > 3 && random.nextInt(5) == 0 ? 1 + random.nextInt((int) seq - 1) : -1;
            posts.add(new SimPost(seq, random.nextInt(AUTHORS.size()),
                    PHRASES[random.nextInt(PHRASES.length)] + " (" + seq + ")", next, replyTo));
        }
    }

    /**
     * Marks a post deleted: listings leave it out and re-checks report it gone.
     *
     * @param seq the post's sequence number
     */
    public void delete(long seq) {
        deleted.add(seq);
    }

    /**
     * Whether a post was deleted.
     *
     * @param seq the sequence number
     * @return true when deleted
     */
    public boolean isDeleted(long seq) {
        return deleted.contains(seq);
    }

    /**
     * The visible posts, newest first.
     *
     * @return a snapshot
     */
    public List<SimPost> newestFirst() {
        List<SimPost> out = new ArrayList<>();
        synchronized (posts) {
            for (int i = posts.size() - 1; i >= 0; i--) {
                SimPost p = posts.get(i);
                if (!deleted.contains(p.seq())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * Every post, deleted ones included, newest first.
     *
     * @return a snapshot
     */
    public List<SimPost> allNewestFirst() {
        List<SimPost> out = new ArrayList<>();
        synchronized (posts) {
            for (int i = posts.size() - 1; i >= 0; i--) {
                out.add(posts.get(i));
            }
        }
        return out;
    }

    /**
     * One post by sequence number, deleted or not.
     *
     * @param seq the sequence number
     * @return the post, or null
     */
    public SimPost post(long seq) {
        synchronized (posts) {
            return seq >= 1 && seq <= posts.size() ? posts.get((int) seq - 1) : null;
        }
    }

    /**
     * How many visible posts there are.
     *
     * @return the count
     */
    public int size() {
        return newestFirst().size();
    }
}
