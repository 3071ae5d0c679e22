package org.haven.bench.memory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GcLogPeakTest {

    @Test
    void takes_the_highest_heap_before_and_after_the_pauses() {
        GcLogPeak.Peak peak = GcLogPeak.of(List.of(
                "[0.010s][info][gc] Using G1",
                "[1.200s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->12M(1024M) 4.1ms",
                "[2.500s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 300M->140M(1024M) 9.9ms",
                "[3.000s][info][gc] GC(2) Pause Remark 200M->90M(1024M) 1.0ms",
                "[3.100s][info][gc] GC(3) Concurrent Mark Cycle 20.1ms"));
        assertThat(peak.collections()).isEqualTo(3);
        assertThat(peak.beforeBytes()).isEqualTo(300L << 20);
        assertThat(peak.afterBytes()).isEqualTo(140L << 20);
        assertThat(peak.committedBytes()).isEqualTo(1024L << 20);
    }

    @Test
    void the_live_set_is_the_highest_heap_a_full_collection_left() {
        GcLogPeak.Peak peak = GcLogPeak.of(List.of(
                "[1.200s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 1000M->990M(1024M) 4.1ms",
                "[2.000s][info][gc] GC(1) Pause Full (System.gc()) 700M->310M(1024M) 200.0ms",
                "[4.000s][info][gc] GC(2) Pause Full (System.gc()) 900M->480M(1024M) 250.0ms",
                "[6.000s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 1020M->450M(1024M) 300.0ms"));
        assertThat(peak.afterBytes()).isEqualTo(990L << 20);
        assertThat(peak.liveBytes()).isEqualTo(480L << 20);
        assertThat(peak.fullCollections()).isEqualTo(3);
    }

    @Test
    void reads_kilobytes_and_gigabytes() {
        assertThat(GcLogPeak.bytes("512", "K")).isEqualTo(512L * 1024);
        assertThat(GcLogPeak.bytes("2", "G")).isEqualTo(2L << 30);
    }
}
