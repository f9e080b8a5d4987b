package scot.cairn.tendering;

/**
 * A question as entered: the criterion it counts under, what bidders are asked, the guidance evaluators score by, and
 * its weight in whole percent of the whole score.
 */
public record QuestionDetails(QuestionCriterion criterion, String text, String guidance, Integer weight) {}
