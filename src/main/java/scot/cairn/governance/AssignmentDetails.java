package scot.cairn.governance;

import java.math.BigDecimal;
import scot.cairn.partnership.Role;

/** Who holds a role (found by email address in the directory) and the days a month they commit to it. */
public record AssignmentDetails(Role role, String email, BigDecimal daysPerMonth) {}
