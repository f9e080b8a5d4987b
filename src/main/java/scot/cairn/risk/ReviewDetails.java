package scot.cairn.risk;

import java.time.LocalDate;

/** A review as recorded: the day it took place, the scores it found, what was noted and when to review next. */
public record ReviewDetails(
        LocalDate reviewedOn,
        Integer likelihood,
        Integer impact,
        Integer residualLikelihood,
        Integer residualImpact,
        String note,
        LocalDate nextReview) {}
