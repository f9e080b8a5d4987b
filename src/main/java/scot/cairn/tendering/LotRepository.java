package scot.cairn.tendering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface LotRepository extends ListCrudRepository<Lot, Long> {

    List<Lot> findByTenderIdOrderByNumber(long tenderId);

    Optional<Lot> findByIdAndTenderId(long id, long tenderId);
}
