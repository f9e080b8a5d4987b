package scot.cairn.risk;

import org.springframework.stereotype.Component;

/** The register's storage: its items, and each partnership's tolerance. */
@Component
record RiskStore(RiskRepository risks, ToleranceRepository tolerances) {

    Tolerance tolerance(long partnershipId) {
        return tolerances.findById(partnershipId).orElseGet(() -> Tolerance.standard(partnershipId));
    }
}
