package org.haven.analytics.syntax;

import org.haven.instrument.Instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The syntax files of a run, written in every run: haven.R, haven.sps and haven.do, each reading
 * responses_wide.csv and scores_long.csv with their types, labels and reverse-keyed copies. UTF-8 without BOM,
 * LF line ends, like every file of a run; the same instruments give the same bytes.
 */
public final class SyntaxFiles {

    public static final List<String> FILE_NAMES = List.of(RSyntax.FILE_NAME, SpssSyntax.FILE_NAME, StataSyntax.FILE_NAME);

    private SyntaxFiles() {
    }

    public static void write(List<Instrument> used, Path folder) throws IOException {
        SyntaxModel model = SyntaxModel.of(used);
        Files.writeString(folder.resolve(RSyntax.FILE_NAME), RSyntax.text(model), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(SpssSyntax.FILE_NAME), SpssSyntax.text(model), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(StataSyntax.FILE_NAME), StataSyntax.text(model), StandardCharsets.UTF_8);
    }

    /** Item id to variable name, for the ids that are not their own name (manifest.json's variableNames). */
    public static Map<String, String> variableNames(List<Instrument> used) {
        return SyntaxModel.of(used).mapped();
    }
}
