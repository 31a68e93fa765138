package dev.scrm.connectors.http.internal;

import dev.scrm.connector.ConnectorException;
import dev.scrm.connectors.http.AuthContext;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;

/**
 * One call to a credential endpoint (a token or session endpoint) on an {@link AuthContext}: it counts against
 * the connector's rate limit, reads the whole body, and turns an I/O failure or a body the reader cannot parse
 * into a retryable {@link ConnectorException} that names only the exception's type.
 */
public final class CredentialCall {

    /**
     * Reads an answer of the credential endpoint.
     *
     * @param <T> what the reader makes of the answer
     */
    @FunctionalInterface
    public interface Reader<T> {

        /**
         * Reads the answer.
         *
         * @param response the response, still open
         * @param body the whole body, empty when there is none
         * @return what the answer means
         * @throws JacksonException if the body is not the JSON expected
         */
        T read(Response response, String body);
    }

    private CredentialCall() {
    }

    /**
     * Sends a request to a credential endpoint and reads the answer.
     *
     * @param context the connector's auth context
     * @param request the request, with its User-Agent
     * @param operation the operation, for errors
     * @param failure what went wrong when the call failed, for the error message (never a secret)
     * @param reader reads the answer and throws for refused or failed calls
     * @param <T> what the reader makes of the answer
     * @return what the reader returned
     * @throws ConnectorException retryable, if the endpoint was unreachable or sent a body that is not JSON
     */
    public static <T> T send(AuthContext context, Request request, String operation, String failure,
            Reader<T> reader) {
        context.beforeCall().run();
        try (Response response = context.client().newCall(request).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            return reader.read(response, body);
        } catch (IOException | JacksonException e) {
            throw new ConnectorException(context.connector(), operation, 0, true,
                    failure + " (" + e.getClass().getSimpleName() + ")", null);
        }
    }
}
