package scot.cairn.tendering;

import org.springframework.stereotype.Component;

/**
 * The module's records the service specification draws on: requirements, community benefits, the procurement, the
 * pricing model and the declarations of interests.
 */
@Component
record SpecificationStores(
        BenefitRepository benefits,
        ProcurementRepository procurements,
        DeclarationRepository declarations,
        PricingRepository pricings,
        org.springframework.jdbc.core.simple.JdbcClient jdbc) {}
