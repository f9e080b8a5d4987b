package scot.cairn.consultation;

import java.util.List;

/**
 * An answer to the question at {@code question} (counted from 1): words for free text, the options chosen (counted
 * from 1) for a choice, or a rating from 1 to 5.
 */
public record AnswerInput(int question, String text, List<Integer> choices, Integer rating) {}
