package scot.cairn.consultation;

import java.util.Arrays;
import java.util.List;
import org.springframework.data.relational.core.mapping.Table;

/** One question; for a choice, its options one per line. */
@Table("consultation_question")
record Question(QuestionKind kind, String text, String options, boolean required) {

    List<String> optionList() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }
}
