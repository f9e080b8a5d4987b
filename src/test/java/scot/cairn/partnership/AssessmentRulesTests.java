package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class AssessmentRulesTests {

    static List<AssessmentAnswer> allStrong() {
        return new ArrayList<>(Arrays.stream(AssessmentQuestion.values())
                .map(q -> new AssessmentAnswer(q, "Evidence for " + q.name(), Rating.STRONG))
                .toList());
    }

    static Map<String, String> errors(List<AssessmentAnswer> answers, Decision decision, String reason) {
        var thrown = catchThrowableOfType(
                InvalidInputException.class, () -> AssessmentRules.check(answers, decision, reason, null));
        assertThat(thrown).as("refused").isNotNull();
        return English.of(thrown.fieldErrors());
    }

    @Test
    void goWithEveryQuestionRatedWithEvidenceAndAReasonIsAccepted() {
        assertThatCode(() -> AssessmentRules.check(allStrong(), Decision.GO, "All four answered well.", null))
                .doesNotThrowAnyException();
    }

    @Test
    void goNeedsEveryQuestionRated() {
        var answers = allStrong();
        answers.set(2, new AssessmentAnswer(AssessmentQuestion.COMMISSIONERS, "The council", Rating.NOT_RATED));
        answers.set(3, new AssessmentAnswer(AssessmentQuestion.PARTNERSHIP, "Trust", null));
        assertThat(errors(answers, Decision.GO, "Go"))
                .containsExactly(
                        Map.entry(
                                "answers[2].rating",
                                "Rate “Who are the public sector commissioners?” before deciding to go ahead"),
                        Map.entry(
                                "answers[3].rating",
                                "Rate “Does the partnership have the potential to succeed?” before deciding to go ahead"));
    }

    @Test
    void goNeedsEvidenceForEveryQuestion() {
        var answers = allStrong();
        answers.set(0, new AssessmentAnswer(AssessmentQuestion.MARKET, "  ", Rating.STRONG));
        answers.set(1, new AssessmentAnswer(AssessmentQuestion.SUPPLIERS, null, Rating.ADEQUATE));
        assertThat(errors(answers, Decision.GO, "Go"))
                .containsOnlyKeys("answers[0].evidence", "answers[1].evidence")
                .containsEntry(
                        "answers[0].evidence", "Give evidence for “Is there a market?” before deciding to go ahead");
    }

    @Test
    void goOnWeakEvidenceNeedsAWrittenJustification() {
        var answers = allStrong();
        answers.set(1, new AssessmentAnswer(AssessmentQuestion.SUPPLIERS, "Only one provider replied", Rating.WEAK));
        assertThat(errors(answers, Decision.GO, "Go"))
                .containsOnly(Map.entry(
                        "justification",
                        "Some evidence is rated Weak. Explain in at least 40 characters why the partnership should"
                                + " still go ahead"));
        var tooShort = catchThrowableOfType(
                InvalidInputException.class,
                () -> AssessmentRules.check(answers, Decision.GO, "Go", "Because we want to."));
        assertThat(English.of(tooShort.fieldErrors())).containsOnlyKeys("justification");
        assertThatCode(() -> AssessmentRules.check(
                        answers,
                        Decision.GO,
                        "Go",
                        "The market test in spring will reach more providers; the board reviews it in June."))
                .doesNotThrowAnyException();
        assertThatCode(() -> AssessmentRules.check(answers, Decision.NO_GO, "Not now", null))
                .as("no-go on weak evidence needs no justification")
                .doesNotThrowAnyException();
    }

    @Test
    void everyQuestionAtLeastAdequateNeedsNoJustification() {
        var answers = allStrong();
        answers.set(1, new AssessmentAnswer(AssessmentQuestion.SUPPLIERS, "Two providers", Rating.ADEQUATE));
        assertThatCode(() -> AssessmentRules.check(answers, Decision.GO, "Go", null))
                .doesNotThrowAnyException();
    }

    @Test
    void goNeedsAllFourQuestionsAnswered() {
        assertThat(errors(allStrong().subList(0, 3), Decision.GO, "Go"))
                .containsExactly(Map.entry("", "Answer all four questions before deciding to go ahead"));
    }

    @Test
    void noGoAndUndecidedNeedNoRatings() {
        var unrated = List.of(new AssessmentAnswer(AssessmentQuestion.MARKET, null, Rating.NOT_RATED));
        assertThatCode(() -> AssessmentRules.check(unrated, Decision.NO_GO, "No market yet.", null))
                .doesNotThrowAnyException();
        assertThatCode(() -> AssessmentRules.check(List.of(), Decision.UNDECIDED, null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aDecisionNeedsItsReasons() {
        assertThat(errors(allStrong(), Decision.NO_GO, " "))
                .containsExactly(Map.entry("reason", "Give the reasons for the decision"));
        assertThat(errors(allStrong(), null, null)).containsExactly(Map.entry("decision", "Choose a decision"));
    }

    @Test
    void evidenceAndReasonsHaveALimit() {
        var answers = List.of(new AssessmentAnswer(AssessmentQuestion.MARKET, "x".repeat(4001), Rating.STRONG));
        assertThat(errors(answers, Decision.UNDECIDED, "y".repeat(2001)))
                .containsExactly(
                        Map.entry("answers[0].evidence", "Evidence must be 4,000 characters or fewer"),
                        Map.entry("reason", "Reasons must be 2,000 characters or fewer"));
        assertThatCode(() -> AssessmentRules.check(
                        List.of(new AssessmentAnswer(AssessmentQuestion.MARKET, "x".repeat(4000), Rating.STRONG)),
                        Decision.UNDECIDED,
                        "y".repeat(2000),
                        null))
                .doesNotThrowAnyException();
    }

    @Test
    void eachQuestionIsAnsweredAtMostOnce() {
        var answers = allStrong();
        answers.set(3, new AssessmentAnswer(AssessmentQuestion.MARKET, "Again", Rating.WEAK));
        assertThat(errors(answers, Decision.GO, "Go"))
                .containsEntry("answers", "Answer each question at most once")
                .containsEntry("", "Answer all four questions before deciding to go ahead");
    }
}
