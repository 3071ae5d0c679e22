package org.haven.survey.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Checks {@link StudyAccess} before any handler of {@code /api/studies/{studyId}/**} runs, so no study
 * endpoint, present or future, can forget the check. The study id is read from the path the same way the
 * controllers read it (decoded, by a path pattern).
 */
class StudyAccessInterceptor implements HandlerInterceptor {

    static final PathPattern STUDY_PATHS = PathPatternParser.defaultInstance.parse("/api/studies/{studyId}/**");

    private final StudyAccess access;

    StudyAccessInterceptor(StudyAccess access) {
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
