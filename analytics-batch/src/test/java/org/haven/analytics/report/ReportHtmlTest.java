package org.haven.analytics.report;

import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.StatisticRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The page as a reader's browser parses it (jsoup), checked against the rows it was rendered from. */
class ReportHtmlTest {

    private static final String PNG_URI = "data:image/png;base64,";

    @Test
    void everyFigureAppearsWithItsExactCsvValue() {
        List<StatisticRow> rows = SampleReport.rows();
        Document page = page(rows, "Wellbeing study");

        Map<String, List<String>> cells = new HashMap<>();
        for (Element cell : page.select("td[data-statistic]")) {
            cells.computeIfAbsent(key(cell.attr("data-statistic"), cell.attr("data-subscale"), cell.attr("data-wave"),
                    cell.attr("data-item")), k -> new ArrayList<>()).add(cell.attr("data-value"));
        }
        for (StatisticRow row : rows) {
            String key = key(row.statistic(), row.subscale(), row.wave(), row.item() == null ? "" : row.item());
            assertThat(cells.get(key)).as("cells of %s", row).isNotEmpty()
                    .allSatisfy(value -> assertThat(value).isEqualTo(CsvNumbers.format(row.value())));
        }
        assertThat(cells.keySet()).hasSize(rows.size());
        assertThat(page.select("td[data-statistic]")).allSatisfy(cell -> assertThat(cell.attributes().asList())
                .extracting(a -> a.getKey()).contains("data-subscale", "data-wave", "data-item", "data-value"));
    }

    @Test
    void undefinedFiguresShowAnEnDash() {
        Document page = page(SampleReport.rows(), "Wellbeing study");
        // icc_2_1 of the composite is null in the sample
        Element cell = page.selectFirst("td[data-statistic=icc_2_1][data-subscale=safety][data-wave=all]");

        assertThat(cell).isNotNull();
        assertThat(cell.hasAttr("data-value")).isTrue();
        assertThat(cell.attr("data-value")).isEmpty();
        assertThat(cell.text()).isEqualTo("\u2013");
    }

    @Test
    void oneDecodableChartPerSubscaleAndCompositeWithAltTextNamingIt() throws Exception {
        Document page = page(SampleReport.rows(), "Wellbeing study");

        List<String> alts = new ArrayList<>();
        for (Element img : page.select("img")) {
            assertThat(img.attr("src")).startsWith(PNG_URI);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(img.attr("src").substring(PNG_URI.length()))));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(100);
            assertThat(img.hasAttr("alt")).isTrue();
            alts.add(img.attr("alt"));
        }
        assertThat(alts).hasSize(3);
        assertThat(alts.get(0)).contains("calm").contains("95% confidence");
        assertThat(alts.get(1)).contains("belonging");
        assertThat(alts.get(2)).contains("safety (composite)");
        assertThat(page.selectFirst("#trajectory-belonging h3").text()).isEqualTo("belonging");
    }

    @Test
    void isSelfContainedUtf8Html() {
        String html = ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));
        Document page = Jsoup.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("head meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.select("link, script, iframe, object")).isEmpty();
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).startsWith(PNG_URI));
        assertThat(page.select("style").html()).doesNotContain("url(");
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
        assertThat(page.select("caption")).isNotEmpty();
        assertThat(page.select("th[scope=col]")).isNotEmpty();
        assertThat(page.select("th[scope=row]")).isNotEmpty();
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
        Document page = page(SampleReport.rows(), "Wellbeing study");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Wellbeing study");
        assertThat(page.title()).isEqualTo("Wellbeing study \u2013 Haven report");
        Map<String, String> facts = facts(page);
        assertThat(facts).containsEntry("Run", "run-2026-11-25").containsEntry("Study", "study-42")
                .containsEntry("Data as of", "2026-11-01T00:00:00Z").containsEntry("Waves", "1, 2, 3");
        assertThat(facts).containsEntry("Participants excluded",
                        "2 erased on request, 1 withdrew consent to the use of their collected data")
                .containsEntry("Submissions excluded", "4 erased on request").containsEntry("Participants included", "40");
        assertThat(page.selectFirst("header").text()).as("reasons in words, not codes")
                .doesNotContain("withdrew_use_of_collected_data", "erased:");
        assertThat(facts.get("Instrument versions")).contains("haven-core v2");
        assertThat(facts(Jsoup.parse(ReportHtml.render(SampleReport.rows(), SampleReport.manifest("t", null)))))
                .containsEntry("Data as of", "end of topic");
        assertThat(facts).doesNotContainKey("Records left out undecoded");
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
                plain.variableNames(), plain.growthModelNotFitted(), plain.software(), plain.ranBy(), plain.startedAt(),
                plain.finishedAt(),
                plain.files());

        Map<String, String> facts = facts(Jsoup.parse(ReportHtml.render(SampleReport.rows(), withQuarantine)));

        assertThat(facts.get("Records left out undecoded")).isEqualTo(
                "2 without key or event type, 1 set aside with --quarantine (quarantined: see manifest.json)");
    }

    @Test
    void userTextIsEscaped() {
        String title = "<script>alert('x')</script> & \"friends\"";
        List<StatisticRow> rows = new ArrayList<>(SampleReport.rows());
        rows.add(new StatisticRow("item_total_r", "calm", "<b>item</b>", "1", 0.5));
        Document page = page(rows, title);

        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        assertThat(page.select("script, b")).isEmpty();
        assertThat(page.select("td[data-statistic=item_total_r]")).extracting(e -> e.attr("data-item"))
                .contains("<b>item</b>");
        assertThat(page.select("th[scope=row]")).extracting(Element::text).contains("<b>item</b>");
    }

    @Test
    void theWeakestItemIsFlaggedPerSubscaleAndWave() {
        Document page = page(SampleReport.rows(), "Wellbeing study");

        // in the sample, calm3 is the weakest calm item at wave 1 and calm1 at wave 2
        assertThat(flagged(page, "calm", "1")).containsOnly("calm3");
        assertThat(flagged(page, "calm", "2")).containsOnly("calm1");
        assertThat(flagged(page, "belonging", "3")).containsOnly("bel2");
        assertThat(page.select("td.weakest[data-item=calm3][data-wave=1]:not([data-statistic])").text())
                .isEqualTo("\u25bc calm3");
    }

    @Test
    void attritionIsRelativeToTheFirstWave() {
        Document page = page(SampleReport.rows(), "Wellbeing study");

        // calm: n 40, 34, 30 -> drop 15.0% and 25.0%
        Element calm = page.select("#responses tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("calm")).findFirst().orElseThrow();
        assertThat(calm.select("td.drop")).extracting(Element::text).containsExactly("15.0%", "25.0%");
    }

    @Test
    void renderingSetsNoSystemProperty() {
        String headless = System.getProperty("java.awt.headless");
        System.clearProperty("java.awt.headless");
        try {
            Properties before = (Properties) System.getProperties().clone();
            ReportHtml.render(SampleReport.rows(), SampleReport.manifest("Wellbeing study"));
            assertThat(System.getProperties()).isEqualTo(before);
        } finally {
            if (headless != null) {
                System.setProperty("java.awt.headless", headless);
            }
        }
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
        assertThat(CellText.readable(-0.0001, 2)).isEqualTo("0.00");
        assertThat(CellText.readable(-1.234, 2)).isEqualTo("\u22121.23");
        assertThat(CellText.display(new StatisticRow("paired_p", "calm", null, "first-last", 0.00001)))
                .isEqualTo("<\u00a00.001");
        assertThat(CellText.display(new StatisticRow("n", "calm", null, "1", 12L))).isEqualTo("12");
        assertThat(CellText.display(new StatisticRow("mean", "calm", null, "1", Double.NaN))).isEqualTo("\u2013");
        assertThat(CellText.display(new StatisticRow("cronbach_alpha", "calm", null, "1", 0.81234))).isEqualTo("0.812");
        assertThat(CellText.display(new StatisticRow("lmm_slope", "calm", null, "all", 0.31234))).isEqualTo("0.31");
    }

    private static Document page(List<StatisticRow> rows, String title) {
        return Jsoup.parse(ReportHtml.render(rows, SampleReport.manifest(title)));
    }

    private static Map<String, String> facts(Document page) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Element fact : page.select("header dl.facts > div")) {
            facts.put(fact.selectFirst("dt").text(), fact.selectFirst("dd").text());
        }
        return facts;
    }

    private static List<String> flagged(Document page, String subscale, String wave) {
        return page.select("td[data-statistic=item_total_r][data-weakest=true]").stream()
                .filter(cell -> cell.attr("data-subscale").equals(subscale) && cell.attr("data-wave").equals(wave))
                .map(cell -> cell.attr("data-item")).toList();
    }

    private static String key(String statistic, String subscale, String wave, String item) {
        return statistic + "|" + subscale + "|" + wave + "|" + item;
    }
}
