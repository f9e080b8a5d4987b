package scot.cairn.consultation;

import org.springframework.data.repository.ListCrudRepository;

interface ResponseRepository extends ListCrudRepository<Response, Long> {

    long countByConsultationId(long consultationId);
}
