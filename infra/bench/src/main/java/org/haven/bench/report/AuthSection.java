package org.haven.bench.report;

import java.util.List;

/** Scripted enrollment with a personal API token against HTTP Basic, both measured in the same run. */
final class AuthSection {

    static final String TARGET = "scripted enrollment: API token (Bearer) / HTTP Basic with a bcrypt-12 account";

    private AuthSection() {
    }

    static boolean measured(Results r) {
        return r.has("auth.basic_rate") && r.has("auth.bearer_rate");
    }

    static Target target(Results r) {
        return new Target(TARGET, r.number("auth.bearer_rate") / r.number("auth.basic_rate"), "×", 20, true);
    }

    static void add(List<String> md, Results r, String heading) {
        md.add(heading);
        md.add("");
        md.add("`haven-bench enroll-auth`: a script enrolls participants into one study of the same service, first with "
                + "HTTP Basic (an account from the configuration hashed with the service's `--hash-password`, bcrypt "
                + "cost 12: every request pays the check), then with a personal API token the tool made in the console "
                + "(sign-in, tokens page; the service looks up its SHA-256). Closed loop, " + r.text("auth.threads")
                + " workers, each phase held " + r.text("auth.hold_s") + " s after a 3 s warm-up; every answer 201.");
        md.add("");
        md.add("| authentication | enrolled/s | ÷ HTTP Basic |");
        md.add("|---|---|---|");
        md.add("| HTTP Basic (bcrypt 12) | " + Format.number(r.number("auth.basic_rate")) + " | 1 × |");
        md.add("| API token (Bearer) | " + Format.number(r.number("auth.bearer_rate")) + " | "
                + Format.ratio(r.number("auth.bearer_rate"), r.number("auth.basic_rate")) + " |");
        md.add("");
    }
}
