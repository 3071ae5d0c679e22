package org.haven.demo.api;

/** The service answered something the demo cannot go on with; the message names the request and the answer. */
public class ApiException extends RuntimeException {

    public ApiException(String message) {
        super(message);
    }

    public ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
