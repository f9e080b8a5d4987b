package scot.cairn.sroi;

import java.math.BigDecimal;

/**
 * An impact-map row as entered. Fields may be null (the service names those missing). When the quantity comes from
 * an indicator, {@code indicatorId} names it and {@code quantity} is ignored; a blank indicator text then takes the
 * indicator's name. Percentages are 0 to 100.
 */
public record RowDetails(
        String stakeholder,
        String outcome,
        String indicator,
        QuantitySource quantitySource,
        Long indicatorId,
        BigDecimal quantity,
        Integer durationYears,
        BigDecimal proxyValue,
        String proxyDescription,
        String proxyUnit,
        String proxySource,
        Integer proxyBaseYear,
        BigDecimal deadweight,
        BigDecimal displacement,
        BigDecimal attribution,
        BigDecimal dropOff) {}
