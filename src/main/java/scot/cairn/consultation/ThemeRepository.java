package scot.cairn.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ThemeRepository extends ListCrudRepository<Theme, Long> {

    List<Theme> findByConsultationIdOrderByNumber(long consultationId);

    Optional<Theme> findByIdAndConsultationId(long id, long consultationId);

    long countByConsultationId(long consultationId);
}
