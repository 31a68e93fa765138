package dev.scrm.connectors.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void queryParameters_areMasked() {
        String url = "https://graph.example/v21.0/123/feed?limit=25&access_token=EAAB123secret&after=QVFI";
        assertThat(Redactor.redact(url)).isEqualTo(
                "https://graph.example/v21.0/123/feed?limit=25&access_token=****&after=QVFI");
        assertThat(Redactor.redact("GET /youtube/v3/channels?key=AIzaSyXYZ&part=snippet"))
                .isEqualTo("GET /youtube/v3/channels?key=****&part=snippet");
        assertThat(Redactor.redact("token_auth=abcdef0123&idSite=1")).isEqualTo("token_auth=****&idSite=1");
    }

    @Test
    void jsonFields_areMasked() {
        String json = "{\"did\":\"did:plc:x\",\"accessJwt\":\"aaa.bbb.ccc\",\"refreshJwt\":\"ddd\",\"handle\":\"h\"}";
        assertThat(Redactor.redact(json)).isEqualTo(
                "{\"did\":\"did:plc:x\",\"accessJwt\":\"****\",\"refreshJwt\":\"****\",\"handle\":\"h\"}");
        assertThat(Redactor.redact("{\"password\" : \"hunter2\"}")).isEqualTo("{\"password\" : \"****\"}");
    }

    @Test
    void headerValuesAndJwts_areMasked() {
        assertThat(Redactor.redact("Authorization: Bearer abcDEF123456")).isEqualTo("Authorization: Bearer ****");
        assertThat(Redactor.redact("Basic dXNlcjpwYXNz")).isEqualTo("Basic ****");
        assertThat(Redactor.redact("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end"))
                .isEqualTo("token **** end");
    }

    @Test
    void knownSecret_isMaskedAnywhere_andPlainTextStays() {
        assertThat(Redactor.redact("failed with s3cr3t-value inside", "s3cr3t-value"))
                .isEqualTo("failed with **** inside");
        assertThat(Redactor.redact("connector 'mastodon' got 503 on hashtag")).isEqualTo(
                "connector 'mastodon' got 503 on hashtag");
        assertThat(Redactor.redact(null)).isNull();
    }
}
