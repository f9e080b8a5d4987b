package scot.cairn.tendering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface QuestionRepository extends ListCrudRepository<Question, Long> {

    List<Question> findByTenderIdOrderByNumber(long tenderId);

    Optional<Question> findByIdAndTenderId(long id, long tenderId);
}
