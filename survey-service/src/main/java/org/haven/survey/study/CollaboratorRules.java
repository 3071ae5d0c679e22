package org.haven.survey.study;

import org.haven.survey.access.ResearcherDirectory;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotAllowedException;

import java.util.Set;

/**
 * Who may share a study, and with whom: the owner or an admin, with an existing researcher account. Adding a
 * member twice changes nothing, so a repeated request is safe.
 */
public final class CollaboratorRules {

    static final int MAX_NAME_LENGTH = 255;

    private CollaboratorRules() {
    }

    public static MembershipOutcome check(String owner, Set<String> collaborators, AddCollaborator command,
                                          ResearcherDirectory accounts) {
        if (!command.byAdmin() && !owner.equals(command.actor().name())) {
            throw new NotAllowedException("only the study's owner or an admin may add collaborators");
        }
        String name = command.collaborator();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("researcher", "name the researcher account to add");
        }
        if (name.length() > MAX_NAME_LENGTH || !accounts.exists(name)) {
            throw new InvalidInputException("researcher", "there is no researcher account named '"
                    + abbreviated(name) + "'");
        }
        return owner.equals(name) || collaborators.contains(name)
                ? MembershipOutcome.ALREADY_MEMBER
                : MembershipOutcome.ADDED;
    }

    private static String abbreviated(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "...";
    }
}
