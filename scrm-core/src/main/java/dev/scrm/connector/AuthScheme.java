package dev.scrm.connector;

/** How a connector authenticates to its platform. */
public enum AuthScheme {
    /** No credentials: public, anonymous reads. */
    NONE,
    /** A long-lived bearer token or API key supplied by the user. */
    BEARER_TOKEN,
    /** OAuth 2.0 client credentials exchanged for short-lived access tokens. */
    OAUTH2_CLIENT_CREDENTIALS,
    /** A login that yields an access token and a refresh token (for example Bluesky app passwords). */
    SESSION_LOGIN,
    /** An API key sent as a query parameter or header. */
    API_KEY
}
