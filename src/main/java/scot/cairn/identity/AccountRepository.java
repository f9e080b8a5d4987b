package scot.cairn.identity;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByPersonId(Long personId);

    /** Replaces the hash only if it is still {@code oldHash}; answers how many rows changed (0 or 1). */
    @Modifying
    @Query("update identity_account set password_hash = :newHash where id = :id and password_hash = :oldHash")
    int replacePasswordHash(long id, String oldHash, String newHash);
}
