package org.haven.survey.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.StudyAccess;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API's study check in front of every console page of a study, present or future: a study outside the
 * researcher's reach is answered exactly as one that does not exist ({@link ConsoleNotFound}).
 */
class ConsoleStudyGuard implements HandlerInterceptor {

    static final String PATHS = "/console/studies/{studyId}/**";
    private static final PathPattern STUDY_PATHS = PathPatternParser.defaultInstance.parse(PATHS);

    private final StudyAccess access;

    ConsoleStudyGuard(StudyAccess access) {
        this.access = access;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        PathContainer path = (ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : ServletRequestPathUtils.parseAndCache(request)).pathWithinApplication();
        PathPattern.PathMatchInfo match = STUDY_PATHS.matchAndExtract(path);
        if (match != null) {
            access.require(match.getUriVariables().get("studyId"),
                    SecurityContextHolder.getContext().getAuthentication());
        }
        return true;
    }
}
