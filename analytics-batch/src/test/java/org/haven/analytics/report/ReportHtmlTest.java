package org.haven.analytics.report;

import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.StatisticRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportHtmlTest {

    private static final Pattern CELL = Pattern.compile(
            "<td[^>]*?data-statistic=\"([^\"]*)\" data-subscale=\"([^\"]*)\" data-wave=\"([^\"]*)\""
                    + " data-item=\"([^\"]*)\" data-value=\"([^\"]*)\"([^>]*)>");
    private static final Pattern IMG = Pattern.compile("<img [^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""
            + " alt=\"([^\"]*)\"");

    @Test
    void everyFigureAppearsWithItsExactCsvValue() {
        List<StatisticRow> rows = SampleReport.rows();
        String html = ReportHtml.render(rows, SampleReport.manifest("Wellbeing study"));

        Map<String, List<String>> cells = new HashMap<>();
        Matcher matcher = CELL.matcher(html);
        while (matcher.find()) {
            cells.computeIfAbsent(key(unescape(matcher.group(1)), unescape(matcher.group(2)),
                    unescape(matcher.group(3)), unescape(matcher.group(4))), k -> new ArrayList<>())
                    .add(unescape(matcher.group(5)));
        }
        for (StatisticRow row : rows) {
            String key = key(row.statistic(), row.subscale(), row.wave(), row.item() == null ? "" : row.item());
            assertThat(cells.get(key)).as("cells of %s", row).isNotEmpty()
                    .allSatisfy(value -> assertThat(value).isEqualTo(CsvNumbers.format(row.value())));
        }
        assertThat(cells.keySet()).hasSize(rows.size());
    }

    @Test
    void undefinedFiguresShowAnEnDash() {
        String html = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));
        // icc_2_1 of the composite is null in the sample
        assertThat(html).containsPattern(
                "data-statistic=\"icc_2_1\" data-subscale=\"safety\" data-wave=\"all\" data-item=\"\" "
                        + "data-value=\"\">\u2013</td>");
    }

    @Test
    void oneDecodableChartPerSubscaleAndCompositeWithAltTextNamingIt() throws Exception {
        String html = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));

        Matcher matcher = IMG.matcher(html);
        List<String> alts = new ArrayList<>();
        while (matcher.find()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(matcher.group(1))));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
            alts.add(matcher.group(2));
        }
        assertThat(alts).hasSize(3);
        assertThat(alts.get(0)).contains("calm").contains("95% confidence");
        assertThat(alts.get(1)).contains("belonging");
        assertThat(alts.get(2)).contains("safety (composite)");
        assertThat(html).doesNotContain("<img src=\"http").doesNotContainPattern("<img(?![^>]*alt=)");
    }

    @Test
    void isSelfContainedUtf8Html() {
        String html = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").contains("<meta charset=\"utf-8\"")
                .doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").doesNotContain("<script").doesNotContain("url(");
        assertThat(html).contains("<caption>").contains("scope=\"col\"").contains("scope=\"row\"");
    }

    @Test
    void isWellFormedXhtmlEvenWithHostileText() throws Exception {
        List<StatisticRow> rows = new ArrayList<>(SampleReport.rows());
        rows.add(new StatisticRow("item_total_r", "calm", "a<b & \"c\"", "1", 0.5));
        String html = ReportHtml.render(rows, SampleReport.manifest("<script>x</script> & 'y'"));

        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        org.w3c.dom.Document document = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("<script>x</script> & 'y'");
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void headerShowsTheRunFromTheManifest() {
        String html = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));

        assertThat(html).contains("<h1>Wellbeing study</h1>").contains("run-2026-11-25")
                .contains("study-42").contains("2026-11-01T00:00:00Z").contains("erased: 2")
                .contains("withdrawn-stop-using-data: 1").contains("1, 2, 3").contains("haven-core v2");
        String endOfTopic = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("t", null));
        assertThat(endOfTopic).contains("end of topic");
        assertThat(html).doesNotContain("Records left out");
    }

    @Test
    void headerNamesRecordsLeftOutOnlyWhenThereWereSome() {
        Manifest plain = SampleReport.manifest("Wellbeing study");
        Manifest.Events events = plain.events();
        Manifest withQuarantine = new Manifest(plain.runId(), plain.study(), plain.asOf(), plain.topic(), plain.offsets(),
                new Manifest.Events(events.read(), events.used(), events.otherStudies(), events.afterCutoff(),
                        events.duplicates(), events.excludedSubmissions(), Map.of("quarantined", 1L, "no_key_or_type", 2L)),
                List.of(new Manifest.QuarantinedRecord(0, 17, "8cb714b66d2d53ef", "t", "truncated by hand")),
                plain.participants(), plain.waves(), plain.instrumentVersions(), plain.composites(),
                plain.growthModelNotFitted(), plain.software(), plain.ranBy(), plain.startedAt(), plain.finishedAt(),
                plain.files());

        String html = ReportHtml.render(SampleReport.rows(), withQuarantine);

        assertThat(html).contains("Records left out undecoded")
                .contains("no_key_or_type: 2, quarantined: 1 (quarantined: see manifest.json)");
    }

    @Test
    void userTextIsEscaped() {
        String title = "<script>alert('x')</script> & \"friends\"";
        List<StatisticRow> rows = new ArrayList<>(SampleReport.rows());
        rows.add(new StatisticRow("item_total_r", "calm", "<b>item</b>", "1", 0.5));
        String html = ReportHtml.render(rows, SampleReport.manifest(title));

        assertThat(html).doesNotContain("<script").doesNotContain("<b>item</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;")
                .contains("&lt;b&gt;item&lt;/b&gt;");
    }

    @Test
    void theWeakestItemIsFlaggedPerSubscaleAndWave() {
        String html = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));

        // in the sample, calm3 is the weakest calm item at wave 1 and calm1 at wave 2
        assertThat(flagged(html, "calm", "1")).containsOnly("calm3");
        assertThat(flagged(html, "calm", "2")).containsOnly("calm1");
        assertThat(flagged(html, "belonging", "3")).containsOnly("bel2");
    }

    @Test
    void attritionIsRelativeToTheFirstWave() {
        String html = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));

        // calm: n 40, 34, 30 -> drop 15.0% and 25.0%
        assertThat(html).contains("<td class=\"num drop\">15.0%</td>").contains("<td class=\"num drop\">25.0%</td>");
    }

    @Test
    void writesTheFileInUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        ReportHtml.write(SampleReport.rows(), SampleReport.manifest("Études – ü"), file);

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains("Études – ü").isEqualTo(
                ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Études – ü")));
        String target = System.getProperty("haven.report.sample");
        if (target != null) {
            ReportHtml.write(SampleReport.realisticRows(), SampleReport.manifest("Haven pilot: psychological safety"),
                    Path.of(target));
        }
    }

    @Test
    void readableNumbers() {
        assertThat(ReportHtml.readable(-0.0001, 2)).isEqualTo("0.00");
        assertThat(ReportHtml.readable(-1.234, 2)).isEqualTo("\u22121.23");
        assertThat(ReportHtml.display(new StatisticRow("paired_p", "calm", null, "first-last", 0.00001)))
                .isEqualTo("&lt;\u00a00.001");
        assertThat(ReportHtml.display(new StatisticRow("n", "calm", null, "1", 12L))).isEqualTo("12");
        assertThat(ReportHtml.display(new StatisticRow("mean", "calm", null, "1", Double.NaN))).isEqualTo("\u2013");
    }

    private static List<String> flagged(String html, String subscale, String wave) {
        List<String> items = new ArrayList<>();
        Matcher matcher = CELL.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).equals("item_total_r") && matcher.group(2).equals(subscale)
                    && matcher.group(3).equals(wave) && matcher.group(6).contains("data-weakest=\"true\"")) {
                items.add(matcher.group(4));
            }
        }
        return items;
    }

    private static String key(String statistic, String subscale, String wave, String item) {
        return statistic + "|" + subscale + "|" + wave + "|" + item;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
