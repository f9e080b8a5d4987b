package scot.cairn.sroi;

import java.math.BigDecimal;

/**
 * The numbers of one impact-map row that every calculation needs, worked out once.
 *
 * @param gross quantity x proxy value (exact)
 * @param impact year-1 value after deductions, gross x claimed share (exact)
 * @param factor the discounted drop-off factor F of the row's drop-off and duration (DECIMAL128)
 * @param grossPresentValue gross x F: the present value before deductions (exact)
 * @param presentValue impact x F (exact)
 */
record PreparedRow(
        ImpactRow row,
        BigDecimal gross,
        BigDecimal impact,
        BigDecimal factor,
        BigDecimal grossPresentValue,
        BigDecimal presentValue) {

    static PreparedRow of(ImpactRow row, Settings settings, Discounting discounting) {
        BigDecimal gross = row.quantity().multiply(row.proxyValue());
        BigDecimal share = settings.deductions().claimedShare(row.deadweight(), row.displacement(), row.attribution());
        BigDecimal impact = gross.multiply(share);
        BigDecimal factor = discounting.factor(row.dropOff(), row.durationYears());
        return new PreparedRow(row, gross, impact, factor, gross.multiply(factor), impact.multiply(factor));
    }
}
