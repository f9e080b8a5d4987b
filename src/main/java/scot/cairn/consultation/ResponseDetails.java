package scot.cairn.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * A response entered by the team: where it came from, the day it was given (today when empty), the respondent's name
 * if they gave one, the member without an email address it is recorded for, if any, and the answers.
 */
public record ResponseDetails(
        Channel channel, LocalDate receivedOn, String respondent, Long onBehalfOf, List<AnswerInput> answers) {}
