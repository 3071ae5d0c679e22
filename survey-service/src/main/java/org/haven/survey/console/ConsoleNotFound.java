package org.haven.survey.console;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.problem.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A console page of a study that does not exist, or not for this researcher: a page saying so, with 404. */
@ControllerAdvice(basePackageClasses = ConsoleNotFound.class)
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleNotFound {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException missing, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", missing.getMessage());
        return "console/not-found";
    }
}
