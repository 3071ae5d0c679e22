package org.haven.survey.study;

import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.InvalidInstrumentException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar survey-service.jar --validate-instrument FILE}: checks an instrument file before it is published
 * (a published version cannot be changed), without a database or a running service. It reads the file as strictly
 * as the instrument loader does (a misspelt or missing field is a problem) and applies the rules publishing applies,
 * printing every problem. Exit 0 usable, 1 problems, 2 no readable file.
 */
public final class ValidateInstrumentCommand {

    static final String ARGUMENT = "--validate-instrument";

    private ValidateInstrumentCommand() {
    }

    /** The file named after the argument, as {@code --validate-instrument FILE} or {@code --validate-instrument=FILE}. */
    public static Optional<String> fileArgument(String[] args) {
        List<String> list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equals(ARGUMENT)) {
                return Optional.of(i + 1 < list.size() ? list.get(i + 1) : "");
            }
            if (list.get(i).startsWith(ARGUMENT + "=")) {
                return Optional.of(list.get(i).substring(ARGUMENT.length() + 1));
            }
        }
        return Optional.empty();
    }

    public static int run(String file, PrintStream out, PrintStream err) {
        if (file.isBlank()) {
            err.println("name the instrument file: " + ARGUMENT + " FILE");
            return 2;
        }
        Path path = Path.of(file);
        String json;
        try {
            json = Files.readString(path);
        } catch (IOException | RuntimeException unreadable) {
            err.println(file + ": cannot read the file (" + unreadable.getClass().getSimpleName() + ")");
            return 2;
        }
        try {
            // the loader applies the validator publishing applies, after its own stricter reading
            Instrument instrument = InstrumentLoader.fromJson(json, file);
            out.println(file + ": instrument " + instrument.id() + " version " + instrument.version() + " ("
                    + instrument.items().size() + " items) can be published");
            return 0;
        } catch (InvalidInstrumentException invalid) {
            out.println(invalid.getMessage());
            return 1;
        }
    }
}
