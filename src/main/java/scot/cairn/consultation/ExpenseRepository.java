package scot.cairn.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ExpenseRepository extends ListCrudRepository<Expense, Long> {

    List<Expense> findByConsultationIdOrderByNumberDesc(long consultationId);

    Optional<Expense> findByIdAndConsultationId(long id, long consultationId);

    long countByConsultationId(long consultationId);
}
