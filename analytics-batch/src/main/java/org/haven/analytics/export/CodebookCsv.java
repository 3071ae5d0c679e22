package org.haven.analytics.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.haven.analytics.statistics.CsvText;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * codebook.csv: one row per item of every instrument version used, by version then instrument order, with
 * value labels as SPSS and R labelled data need them ({@code 1=strongly disagree|...|7=strongly agree}), and the
 * instrument's own words: what its scale measures and the instructions participants read (empty where the
 * instrument has none). Ids, texts and labels are text cells ({@link CsvText}); reverse, min, max and version are
 * numbers and written as they are.
 */
public final class CodebookCsv {

    public static final String FILE_NAME = "codebook.csv";

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    static final String[] HEADER = {"item_id", "subscale", "text", "reverse", "min", "max", "value_labels",
            "instrument_version", "scale_wording", "instructions"};

    private CodebookCsv() {
    }

    public static void write(List<Instrument> used, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord((Object[]) HEADER);
            for (Instrument instrument : CodebookOrder.versions(used)) {
                for (Item item : instrument.items()) {
                    Scale scale = instrument.scaleOf(item);
                    csv.printRecord(CsvText.cell(item.id()), CsvText.cell(item.subscale()), CsvText.cell(item.text()),
                            item.reverse() ? 1 : 0, scale.min(), scale.max(), CsvText.cell(labels(scale)),
                            instrument.version(), CsvText.cell(scale.wording()), CsvText.cell(instrument.instructions()));
                }
            }
        }
    }

    private static String labels(Scale scale) {
        return scale.labels().stream().map(label -> label.value() + "=" + label.label()).collect(Collectors.joining("|"));
    }
}
