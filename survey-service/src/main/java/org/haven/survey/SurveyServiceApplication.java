package org.haven.survey;

import org.haven.survey.importing.ImportRefKeyExport;
import org.haven.survey.publishing.RebuildCommand;
import org.haven.survey.study.ValidateInstrumentCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The write side of Haven: studies, participants and their answers as Axon events. */
@SpringBootApplication
public class SurveyServiceApplication {

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && "--hash-password".equals(args[0])) {
            printPasswordHash();
            return;
        }
        var instrumentFile = ValidateInstrumentCommand.fileArgument(args);
        if (instrumentFile.isPresent()) {
            System.exit(ValidateInstrumentCommand.run(instrumentFile.get(), System.out, System.err));
        }
        // A research platform must not phone home (Axon's update checker) or advertise in the console.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        if (ImportRefKeyExport.requested(args)) {
            System.exit(ImportRefKeyExport.run(args, System.out, System.err));
        }
        if (RebuildCommand.topicArgument(args).isPresent()) {
            System.exit(RebuildCommand.run(args));
        }
        SpringApplication.run(SurveyServiceApplication.class, args);
    }

    /** Reads a password from standard input and prints the hash to put in haven.security.researchers. */
    private static void printPasswordHash() throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = System.console() != null
                ? new String(System.console().readPassword("password: "))
                : in.readLine();
        if (password == null || password.length() < 12) {
            System.err.println("choose a password of at least 12 characters");
            System.exit(2);
        }
        System.out.println("{bcrypt}" + new BCryptPasswordEncoder(12).encode(password));
    }
}
