package scot.cairn.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person enters about an analysis: title, type, period and settings. Any field may be null (the service says
 * which are missing); when an analysis is created, missing settings take the SROI Guide's values.
 */
public record AnalysisDetails(
        String title,
        AnalysisType kind,
        LocalDate periodFrom,
        LocalDate periodTo,
        BigDecimal discountRate,
        Boolean discountFirstYear,
        DeductionMethod deductions,
        DropOffMethod dropOff) {

    /** Title, type and period, with the SROI Guide's settings. */
    public static AnalysisDetails of(String title, AnalysisType kind, LocalDate from, LocalDate to) {
        var guide = Settings.guide();
        return new AnalysisDetails(
                title,
                kind,
                from,
                to,
                guide.discountRate(),
                guide.discountFirstYear(),
                guide.deductions(),
                guide.dropOff());
    }

    AnalysisDetails withGuideDefaults() {
        var guide = Settings.guide();
        return new AnalysisDetails(
                title,
                kind,
                periodFrom,
                periodTo,
                discountRate == null ? guide.discountRate() : discountRate,
                discountFirstYear == null ? guide.discountFirstYear() : discountFirstYear,
                deductions == null ? guide.deductions() : deductions,
                dropOff == null ? guide.dropOff() : dropOff);
    }
}
