package org.haven.instrument;

import java.util.List;

/**
 * An instrument file that cannot be used. The message names the source on every line, so a researcher
 * editing a copy of the file sees all of its problems at once instead of fixing them one run at a time.
 */
public class InvalidInstrumentException extends RuntimeException {

    private final String sourceName;
    private final List<String> problems;

    public InvalidInstrumentException(String sourceName, List<String> problems) {
        this(sourceName, problems, null);
    }

    public InvalidInstrumentException(String sourceName, List<String> problems, Throwable cause) {
        super(message(sourceName, problems), cause);
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    public String sourceName() {
        return sourceName;
    }

    /** Each problem without the source prefix, in the order found. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String sourceName, List<String> problems) {
        StringBuilder message = new StringBuilder();
        for (String problem : problems) {
            if (!message.isEmpty()) {
                message.append('\n');
            }
            message.append(sourceName).append(": ").append(problem);
        }
        return message.toString();
    }
}
