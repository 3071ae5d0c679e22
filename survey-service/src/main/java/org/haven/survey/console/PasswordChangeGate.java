package org.haven.survey.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.ActiveAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;

/** An account with a first (or reset) password sees nothing of the console before it has changed it. */
class PasswordChangeGate implements HandlerInterceptor {

    static final String[] EXEMPT = {"/console/password", "/console/sign-in", "/console/sign-out"};

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActiveAccount account
                && account.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/console/password");
            return false;
        }
        return true;
    }
}
