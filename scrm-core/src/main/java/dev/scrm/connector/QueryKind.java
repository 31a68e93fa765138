package dev.scrm.connector;

/** What a {@link ListeningQuery} reads. */
public enum QueryKind {
    /** Posts carrying a hashtag; the value is the tag without {@code #}. */
    HASHTAG(Capability.HASHTAG_TIMELINE),
    /** Full-text search; the value is the platform's query string. */
    SEARCH(Capability.SEARCH_MENTIONS),
    /** The posts of one account; the value is a handle or native account id. */
    ACCOUNT_POSTS(Capability.ACCOUNT_TIMELINE),
    /** The authenticated account's notifications; the value is ignored and conventionally {@code me}. */
    NOTIFICATIONS(Capability.NOTIFICATIONS),
    /** Comments under one post, video or community; the value is its native id or name. */
    COMMENTS(Capability.COMMENTS),
    /** Web traffic of one site; the value is the site id. */
    WEB_TRAFFIC(Capability.WEB_TRAFFIC),
    /** Search volume of one term; the value is the term. */
    SEARCH_VOLUME(Capability.SEARCH_VOLUME);

    private final Capability capability;

    QueryKind(Capability capability) {
        this.capability = capability;
    }

    /**
     * The capability a connector must declare to answer this kind of query.
     *
     * @return the capability
     */
    public Capability capability() {
        return capability;
    }
}
