/**
 * Social Return on Investment (SROI) following the SROI Guide (Cabinet Office / SROI Network 2012): a partnership's
 * forecast and evaluative analyses (settings, inputs, an impact map whose quantities may come from approved
 * measurements, approval by the board) on top of a plain-Java calculation engine (present value, ratios, payback,
 * breakdowns, sensitivity and thresholds). Contributes the Design to Pilot gate criterion "An approved forecast SROI"
 * and, with the forecast-against-actual reviews of each pilot quarter, a Pilot to Tender criterion.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "SROI",
        allowedDependencies = {"platform", "directory", "identity", "partnership", "outcome"})
package scot.cairn.sroi;
