package scot.cairn.tendering;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A question of a tender (Q1, Q2...). Invariants: a criterion, words and guidance within {@link #TEXT} characters, and
 * a weight from 1 to 100 percent; the tender's questions under a criterion weigh no more than the criterion (checked
 * by the service, which sees them all).
 */
@Table("tendering_question")
class Question {

    static final int TEXT = 2000;

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long tenderId;
    private final int number;
    private QuestionCriterion criterion;
    private String text;
    private String guidance;
    private int weight;

    @PersistenceCreator
    Question(
            Long id,
            Integer version,
            long tenderId,
            int number,
            QuestionCriterion criterion,
            String text,
            String guidance,
            int weight) {
        this.id = id;
        this.version = version;
        this.tenderId = tenderId;
        this.number = number;
        this.criterion = criterion;
        this.text = text;
        this.guidance = guidance;
        this.weight = weight;
    }

    static void check(QuestionDetails d) {
        new InvalidInputException.Collector()
                .rejectIf(d.criterion() == null, "criterion", "tendering.question.criterionMissing")
                .rejectIf(blank(d.text()), "text", "tendering.question.textMissing")
                .rejectIf(tooLong(d.text()), "text", "tendering.question.textTooLong", TEXT)
                .rejectIf(blank(d.guidance()), "guidance", "tendering.question.guidanceMissing")
                .rejectIf(tooLong(d.guidance()), "guidance", "tendering.question.guidanceTooLong", TEXT)
                .rejectIf(
                        d.weight() == null || d.weight() < 1 || d.weight() > 100,
                        "weight",
                        "tendering.question.weightRange")
                .throwIfAny();
    }

    static Question ask(long tenderId, int number, QuestionDetails d) {
        var made = new Question(null, null, tenderId, number, null, null, null, 0);
        made.change(d);
        return made;
    }

    void change(QuestionDetails d) {
        check(d);
        this.criterion = d.criterion();
        this.text = d.text().strip();
        this.guidance = d.guidance().strip();
        this.weight = d.weight();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s) {
        return s != null && s.strip().length() > TEXT;
    }

    QuestionDetails details() {
        return new QuestionDetails(criterion, text, guidance, weight);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long tenderId() {
        return tenderId;
    }

    int number() {
        return number;
    }
}
