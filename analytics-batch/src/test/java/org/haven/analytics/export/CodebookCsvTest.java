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
                item_id,subscale,text,reverse,min,max,value_labels,instrument_version
                calm_2,calm,"I stay calm, mostly",0,1,3,"1=no|2=somewhat|3=yes, fully",1
                calm_1r,calm,"I get ""heated""\",1,1,3,"1=no|2=somewhat|3=yes, fully",1
                calm_2,calm,"I stay calm, mostly",0,1,3,"1=no|2=somewhat|3=yes, fully",2
                calm_3,calm,I listen,0,1,3,"1=no|2=somewhat|3=yes, fully",2
                calm_1r,calm,"I get ""heated""\",1,1,3,"1=no|2=somewhat|3=yes, fully",2
                """);
    }
}
