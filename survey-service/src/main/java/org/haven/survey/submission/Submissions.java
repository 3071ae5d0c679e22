package org.haven.survey.submission;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.survey.database.ConnectionRetry;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Sends {@link SubmitQuestionnaire} for the API, the questionnaire page and the import, and sends it once more
 * when its database connection broke (a PostgreSQL restart, a terminated backend). That is safe because a
 * submission is idempotent by its submission id: if the first attempt was stored after all, the second answers
 * with the stored result instead of storing it twice. Only this command is retried: an enrollment makes a new
 * participant id on every attempt and must not run twice.
 */
@Component
public class Submissions {

    private final CommandGateway commands;
    private final ConnectionRetry retry;

    public Submissions(CommandGateway commands, ConnectionRetry retry) {
        this.commands = commands;
        this.retry = retry;
    }

    /**
     * Builds the command (with whatever it reads) and sends it; on a broken connection builds and sends it once
     * more. The command must carry the same submission id both times.
     */
    public SubmissionResult submit(Supplier<SubmitQuestionnaire> command) {
        return retry.once(() -> commands.sendAndWait(command.get()));
    }
}
