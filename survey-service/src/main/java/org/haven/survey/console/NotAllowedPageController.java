package org.haven.survey.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a refused console request shows (the security chain forwards here with 403, whatever the method): a page
 * in words instead of an empty answer. One page for both causes, which the visitor can tell apart in the text.
 */
@Controller
@ConditionalOnWebApplication
class NotAllowedPageController {

    @RequestMapping("/console/not-allowed")
    String notAllowed() {
        return "console/not-allowed";
    }
}
