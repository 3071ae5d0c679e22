package org.haven.analytics.report;

import org.haven.analytics.statistics.StatisticRow;
import org.haven.testing.Ci;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html in a real browser window 1,200 px wide (headless Chromium): the change table, the widest of the
 * report, fits without horizontal scrolling. The page measures itself with a script added to a copy of it.
 */
class ReportWidthIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("haven.test.chromium", "/usr/bin/chromium"));

    @TempDir
    Path work;

    @Test
    void the_change_table_fits_a_1200_px_window_without_horizontal_scrolling() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            Ci.skipOrFail("no Chromium at " + CHROMIUM + " (Debian package chromium)");
        }
        String html = ReportHtml.render(estiSized(), SampleReport.manifest("Emotional safety and trust, 2027 cohort"));
        String measured = measure(html.replace("</body>", """
                <script>
                var box = document.querySelector('#change .scroll');
                document.body.setAttribute('data-measured', [box.scrollWidth, box.clientWidth,
                    document.documentElement.scrollWidth, window.innerWidth].join(' '));
                </script></body>"""), 1200);

        String[] widths = measured.split(" ");
        int tableWidth = Integer.parseInt(widths[0]);
        int boxWidth = Integer.parseInt(widths[1]);
        int pageWidth = Integer.parseInt(widths[2]);
        int windowWidth = Integer.parseInt(widths[3]);
        assertThat(windowWidth).isEqualTo(1200);
        assertThat(tableWidth).as("the change table's width in its %d px box", boxWidth).isLessThanOrEqualTo(boxWidth);
        assertThat(pageWidth).as("the page's width").isLessThanOrEqualTo(windowWidth);
    }

    /** ESTI's longest subscale names and the composite, with figures as wide as a real study's. */
    private static List<StatisticRow> estiSized() {
        return SampleReport.realisticRows().stream()
                .map(row -> new StatisticRow(row.statistic(), switch (row.subscale()) {
                    case "voice" -> "vulnerability";
                    case "inclusion" -> "maintenance";
                    case "learning" -> "listening";
                    default -> row.subscale();
                }, row.item(), row.wave(), row.statistic().equals("paired_t") ? -12.3456 : row.value()))
                .toList();
    }

    private String measure(String html, int width) throws IOException, InterruptedException {
        Path page = work.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + work.resolve("profile"), "--window-size=" + width + ",900",
                "--dump-dom", page.toUri().toString())
                .redirectError(work.resolve("chromium.log").toFile()).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String measured = Jsoup.parse(dom).body().attr("data-measured");
        assertThat(measured).as("the page's own measurement; chromium said: %s",
                Files.readString(work.resolve("chromium.log"))).isNotEmpty();
        return measured;
    }
}
