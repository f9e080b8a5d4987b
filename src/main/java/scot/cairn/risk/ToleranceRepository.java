package scot.cairn.risk;

import org.springframework.data.repository.ListCrudRepository;

interface ToleranceRepository extends ListCrudRepository<Tolerance, Long> {}
