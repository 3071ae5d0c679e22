package org.haven.survey;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The write side of Haven: studies, participants and their answers as Axon events. */
@SpringBootApplication
public class SurveyServiceApplication {

    public static void main(String[] args) {
        // A research platform must not phone home (Axon's update checker) or advertise in the console.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(SurveyServiceApplication.class, args);
    }
}
