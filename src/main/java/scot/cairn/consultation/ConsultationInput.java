package scot.cairn.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import scot.cairn.platform.InvalidInputException;

/** The rules for what people type into a consultation, its questions and its answers; each broken rule names its field. */
final class ConsultationInput {

    private ConsultationInput() {}

    static void check(ConsultationDetails d) {
        new InvalidInputException.Collector()
                .rejectIf(blank(d.title()), "title", "consultation.titleMissing")
                .rejectIf(tooLong(d.title(), 200), "title", "consultation.titleTooLong", 200)
                .rejectIf(tooLong(d.purpose(), 4000), "purpose", "consultation.purposeTooLong", 4000)
                .rejectIf(tooLong(d.audience(), 1000), "audience", "consultation.audienceTooLong", 1000)
                .rejectIf(tooLong(d.support(), 2000), "support", "consultation.supportTooLong", 2000)
                .rejectIf(
                        d.opens() != null && d.closes() != null && d.closes().isBefore(d.opens()),
                        "closes",
                        "consultation.closesBeforeOpens")
                .throwIfAny();
    }

    /** The question as stored: options only for a choice, one per line, without blank lines. */
    static Question question(QuestionDetails d) {
        var errors = new InvalidInputException.Collector()
                .rejectIf(d.kind() == null, "kind", "consultation.question.kindMissing")
                .rejectIf(blank(d.text()), "text", "consultation.question.textMissing")
                .rejectIf(tooLong(d.text(), 500), "text", "consultation.question.textTooLong", 500);
        List<String> options = lines(d.options());
        if (d.kind() != null && d.kind().hasOptions()) {
            errors.rejectIf(options.size() < 2, "options", "consultation.question.optionsMissing")
                    .rejectIf(
                            !ConsultationLimits.OPTIONS.allows(options.size()),
                            "options",
                            ConsultationLimits.OPTIONS.message(options.size()))
                    .rejectIf(
                            options.stream().anyMatch(o -> o.length() > 200),
                            "options",
                            "consultation.question.optionTooLong",
                            200)
                    .rejectIf(
                            new HashSet<>(options.stream()
                                                    .map(String::toLowerCase)
                                                    .toList())
                                            .size()
                                    != options.size(),
                            "options",
                            "consultation.question.optionRepeated");
        }
        errors.throwIfAny();
        return new Question(
                d.kind(),
                d.text().strip(),
                d.kind().hasOptions() ? String.join("\n", options) : null,
                Boolean.TRUE.equals(d.required()));
    }

    /** What one response says, checked against the questions; each refusal names the question's field, q1, q2... */
    record Checked(Set<Response.Answer> answers, Set<Response.Choice> choices) {}

    static Checked answers(Consultation c, List<AnswerInput> given, String respondent) {
        var questions = c.questions();
        var errors = new InvalidInputException.Collector()
                .rejectIf(tooLong(respondent, 200), "respondent", "consultation.answer.nameTooLong", 200);
        var answers = new LinkedHashSet<Response.Answer>();
        var choices = new LinkedHashSet<Response.Choice>();
        var answered = new HashSet<Integer>();
        for (var a : given == null ? List.<AnswerInput>of() : given) {
            int index = a.question() - 1;
            String field = "q" + a.question();
            if (index < 0 || index >= questions.size()) {
                errors.rejectIf(true, field, "consultation.answer.noSuchQuestion", a.question());
                continue;
            }
            if (!answered.add(index)) {
                errors.rejectIf(true, field, "consultation.answer.twice", a.question());
                continue;
            }
            var q = questions.get(index);
            switch (q.kind()) {
                case FREE_TEXT -> {
                    String text = blank(a.text()) ? null : a.text().strip();
                    errors.rejectIf(
                            tooLong(text, ConsultationLimits.ANSWER_TEXT),
                            field,
                            "consultation.answer.textTooLong",
                            ConsultationLimits.ANSWER_TEXT);
                    if (text == null) {
                        answered.remove(index);
                    } else {
                        answers.add(new Response.Answer(index, c.id(), text, null));
                    }
                }
                case RATING -> {
                    if (a.rating() == null) {
                        answered.remove(index);
                    } else if (a.rating() < 1 || a.rating() > QuestionKind.RATING_MAX) {
                        errors.rejectIf(true, field, "consultation.answer.ratingOutOfRange", QuestionKind.RATING_MAX);
                    } else {
                        answers.add(new Response.Answer(index, c.id(), null, a.rating()));
                    }
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    var chosen = a.choices() == null ? List.<Integer>of() : a.choices();
                    int options = q.optionList().size();
                    if (chosen.isEmpty()) {
                        answered.remove(index);
                    } else if (chosen.stream().anyMatch(o -> o == null || o < 1 || o > options)) {
                        errors.rejectIf(true, field, "consultation.answer.noSuchOption");
                    } else if (q.kind() == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                        errors.rejectIf(true, field, "consultation.answer.oneOnly");
                    } else {
                        new LinkedHashSet<>(chosen)
                                .forEach(o -> choices.add(new Response.Choice(index, o - 1, c.id())));
                    }
                }
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            errors.rejectIf(
                    questions.get(i).required() && !answered.contains(i),
                    "q" + (i + 1),
                    "consultation.answer.required",
                    i + 1);
        }
        errors.rejectIf(answered.isEmpty() && errors.isEmpty(), "", "consultation.answer.empty");
        errors.throwIfAny();
        return new Checked(answers, choices);
    }

    static List<String> lines(String text) {
        var lines = new ArrayList<String>();
        if (text != null) {
            text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        return lines;
    }

    static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static boolean tooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
