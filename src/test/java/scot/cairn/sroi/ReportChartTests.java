package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;

class ReportChartTests {

    @Test
    void aShortListKeepsItsOrderAndBarsAreSharesOfTheLongest() {
        var values = new LinkedHashMap<String, BigDecimal>();
        values.put("Carers", new BigDecimal("50"));
        values.put("Council", new BigDecimal("200"));

        var chart = ReportChart.largest(Message.of("sroi.analysis.byStakeholder"), "stakeholders", values);

        assertThat(chart.bars())
                .extracting(ReportChart.Bar::label, ReportChart.Bar::value, ReportChart.Bar::widthPercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SroiReport.text("Carers"), "£50.00", 25),
                        org.assertj.core.groups.Tuple.tuple(SroiReport.text("Council"), "£200.00", 100));
        assertThat(chart.note()).isNull();
    }

    @Test
    void aLongListShowsTheLargestAndGroupsTheRestAndSaysSo() {
        var values = new LinkedHashMap<String, BigDecimal>();
        for (int i = 1; i <= 40; i++) {
            values.put("Outcome " + i, BigDecimal.valueOf(i));
        }

        var chart = ReportChart.largest(Message.of("sroi.analysis.byOutcome"), "outcomes", values);

        assertThat(chart.bars()).hasSize(ReportChart.MOST_BARS);
        assertThat(English.of(chart.bars().get(0).label())).isEqualTo("Outcome 40");
        assertThat(English.of(chart.bars().get(13).label())).isEqualTo("Outcome 27");
        var rest = chart.bars().get(14);
        assertThat(English.of(rest.label())).isEqualTo("The other 26 outcomes together");
        // 1 + 2 + ... + 26
        assertThat(rest.value()).isEqualTo("£351.00");
        assertThat(English.of(chart.note())).isEqualTo("The 14 largest of 40 outcomes, then the other 26 together.");
    }
}
