package scot.cairn.consultation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import scot.cairn.consultation.AnswerInput;
import scot.cairn.consultation.ConsultationView.QuestionView;

/** Answer forms, online and entered by the team: the fields q1, q2... read into answers, and refusals back to fields. */
final class AnswerForms {

    private AnswerForms() {}

    /** The answers in the form's fields; a value that is not a number becomes one no question has, to be refused. */
    static List<AnswerInput> read(List<QuestionView> questions, MultiValueMap<String, String> params) {
        var answers = new ArrayList<AnswerInput>();
        for (var q : questions) {
            var given = params.getOrDefault("q" + q.number(), List.of());
            if (given.isEmpty()) {
                continue;
            }
            switch (q.kind()) {
                case FREE_TEXT -> answers.add(new AnswerInput(q.number(), given.get(0), null, null));
                case RATING -> answers.add(new AnswerInput(q.number(), null, null, number(given.get(0))));
                default ->
                    answers.add(new AnswerInput(
                            q.number(),
                            null,
                            given.stream().map(AnswerForms::number).toList(),
                            null));
            }
        }
        return answers;
    }

    /** Puts the form back on the page after a refusal: what was typed, each field's refusal, and the others. */
    static void refused(Model model, MultiValueMap<String, String> params, BindingResult result) {
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        List<MessageSourceResolvable> general = new ArrayList<>();
        result.getAllErrors().forEach(e -> {
            var words = new DefaultMessageSourceResolvable(e);
            if (e instanceof FieldError f) {
                errors.putIfAbsent(f.getField(), words);
            } else {
                general.add(words);
            }
        });
        model.addAttribute("values", params);
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
    }

    /** An empty form. */
    static void empty(Model model) {
        model.addAttribute("values", new LinkedMultiValueMap<String, String>());
        model.addAttribute("errors", Map.of());
        model.addAttribute("general", List.of());
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
