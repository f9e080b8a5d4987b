/**
 * Social Return on Investment (SROI) following the SROI Guide (Cabinet Office / SROI Network 2012). For now it holds
 * the calculation engine only: impact-map rows and inputs in, present value, ratio, payback, breakdowns and
 * sensitivity out. Plain Java with no Spring, persistence or web; analyses and impact maps will be stored here later.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "SROI",
        allowedDependencies = {})
package scot.cairn.sroi;
