package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The standstill and contract of each approved award of a tender.
 *
 * @param officer whether the reader records challenges and concludes contracts (they read the bids and do not bid)
 * @param awards the approved awards, lot by lot
 */
public record ContractsView(boolean officer, List<Standstill> awards) {

    /**
     * One approved award.
     *
     * @param standstillEnd the last day of the standstill
     * @param standstillOver whether that day has passed (Scottish time)
     * @param openChallenges how many challenges are open, for officers only (0 for others)
     * @param challenges the challenges, for officers only (empty for others)
     */
    public record Standstill(
            long awardId,
            int lot,
            String supplier,
            LocalDate standstillEnd,
            boolean standstillOver,
            int openChallenges,
            List<Challenge> challenges,
            Contract contract) {

        /** The first day the contract may be concluded: the day after the standstill ends. */
        public LocalDate concludableFrom() {
            return standstillEnd.plusDays(1);
        }
    }

    /** A challenge to an award and, once resolved, how. */
    public record Challenge(
            long id,
            int version,
            String challenger,
            LocalDate receivedOn,
            String grounds,
            ChallengeStatus status,
            String resolution,
            ZonedDateTime resolvedAt) {}

    /**
     * The contract record made when the award was approved.
     *
     * @param scale the supplier's size; null until an officer records it
     * @param specVersion the version of the approved specification the tender was drawn from
     */
    public record Contract(
            long id,
            int version,
            int lot,
            String supplier,
            SupplierScale scale,
            BigDecimal value,
            LocalDate startDate,
            LocalDate endDate,
            int specVersion,
            String commitments,
            String kpis,
            ContractStatus status,
            ZonedDateTime concludedAt) {

        /** The commitments, one to a line. */
        public List<String> commitmentLines() {
            return ContractService.lines(commitments);
        }

        /** The key performance indicators, one to a line. */
        public List<String> kpiLines() {
            return ContractService.lines(kpis);
        }
    }
}
