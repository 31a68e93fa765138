package dev.scrm.testkit.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * One post in a {@link SimWorld}, written by an invented person.
 *
 * @param seq the post's sequence number, increasing with time; simulators derive platform ids from it
 * @param author the invented author's index in {@link SimWorld#AUTHORS}
 * @param text the text
 * @param createdAt when it was posted
 * @param replyTo the sequence number of the post it replies to, or -1
 */
public record SimPost(long seq, int author, String text, Instant createdAt, long replyTo) {

    /**
     * Validates the post.
     *
     * @throws NullPointerException if the text or time is null
     */
    public SimPost {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
