package dev.scrm.engage;

/**
 * Sends the brand's replies on one platform: the reply SPI that a connector with the reply capability
 * implements (or adapts to).
 *
 * <p>The desk calls {@link #policy()} to check a reply (reply windows, private replies, who may start a
 * conversation, length) and calls {@link #send(OutboundReply)} only for replies the policy allows, so an
 * implementation need not repeat those checks, though it may refuse more (for example when the platform
 * answers that the window has closed). Implementations must be thread-safe; {@code send} runs on the
 * caller's thread, outside the desk's lock, and may block on the network.
 */
public interface ReplyChannel {

    /**
     * The platform's reply rules; its platform says which messages this channel answers.
     *
     * @return the policy, the same on every call
     */
    ReplyPolicy policy();

    /**
     * Sends one reply.
     *
     * @param reply the reply, already checked against {@link #policy()}
     * @return the sent message's id and time
     * @throws ReplyNotAllowedException if the platform refused the reply for a policy reason
     * @throws dev.scrm.core.ScrmException (a subtype) if sending failed otherwise
     */
    SentReply send(OutboundReply reply);
}
