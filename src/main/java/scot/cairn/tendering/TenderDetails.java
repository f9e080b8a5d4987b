package scot.cairn.tendering;

import java.time.LocalDate;

/**
 * A tender as entered: its title and procedure, its estimated value in pounds, the weights of the award criteria in percent, and the timetable.
 * Clarification questions and bids are due by noon, Scottish time, on their dates.
 */
public record TenderDetails(
        String title,
        TenderProcedure procedure,
        java.math.BigDecimal estimatedValue,
        Integer qualityWeight,
        Integer priceWeight,
        Integer benefitsWeight,
        LocalDate publication,
        LocalDate clarificationDeadline,
        LocalDate bidDeadline,
        LocalDate evaluationEnd,
        LocalDate intendedAward,
        LocalDate contractStart) {}
