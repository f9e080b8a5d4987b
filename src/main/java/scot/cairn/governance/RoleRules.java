package scot.cairn.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.Role;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * The rules a role assignment must keep when it is saved, and the warnings shown about assignments. Pure Java: the
 * service gathers the facts (partners, other assignments, the person's other commitments) and passes them in.
 *
 * <p>"Every core partner has a Senior Sponsor" is only a warning ({@link #warnings}): while a partnership is being set
 * up partners join before anyone is named for them, so refusing every save until each has a sponsor would make it
 * impossible to build up the roles one at a time. The gate out of Design asks for the lead sponsor instead.
 */
final class RoleRules {

    static final BigDecimal MAX_DAYS = BigDecimal.valueOf(31);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoleRules() {}

    /**
     * What is being saved. {@code organisationId} is what the person represents (already derived from the role and
     * their employer); {@code employerId} is the organisation they work for, or null.
     */
    record Candidate(
            Long assignmentId,
            Role role,
            long personId,
            String personName,
            Long employerId,
            Long organisationId,
            BigDecimal daysPerMonth) {}

    /** The partner organisations of the partnership, with sector, standing and name. */
    record PartnerFacts(Map<Long, Sector> sectors, java.util.Set<Long> core, Map<Long, String> names) {
        String name(Long id) {
            return id == null ? null : names.get(id);
        }
    }

    /** The person's days committed in other assignments (all partnerships), their capacity, and the refusal limit. */
    record Load(BigDecimal elsewhere, BigDecimal capacity, int ceilingPercent) {
        BigDecimal percentWith(BigDecimal days) {
            return percent(elsewhere.add(days == null ? BigDecimal.ZERO : days), capacity);
        }
    }

    /** @throws InvalidInputException with every broken rule, by form field */
    static void check(Candidate c, List<RoleAssignment> others, PartnerFacts partners, Load load) {
        var errors = new InvalidInputException.Collector();
        checkDays(c, errors);
        errors.rejectIf(c.role() == null, "role", "governance.role.choose");
        if (c.role() != null) {
            checkOrganisation(c, others, partners, errors);
            errors.rejectIf(
                    others.stream().anyMatch(a -> a.role() == c.role() && a.personId() == c.personId()),
                    "role",
                    "governance.role.holdsAlready",
                    c.personName(),
                    Message.of(c.role().labelKey()));
        }
        if (c.daysPerMonth() != null) {
            var percent = load.percentWith(c.daysPerMonth());
            errors.rejectIf(
                    percent.compareTo(BigDecimal.valueOf(load.ceilingPercent())) > 0,
                    "daysPerMonth",
                    "governance.role.overCommitted",
                    c.personName(),
                    days(load.elsewhere().add(c.daysPerMonth())),
                    days(load.capacity()),
                    percent.toPlainString(),
                    load.ceilingPercent());
        }
        errors.throwIfAny();
    }

    private static void checkDays(Candidate c, InvalidInputException.Collector errors) {
        var d = c.daysPerMonth();
        errors.rejectIf(d == null, "daysPerMonth", "governance.role.daysMissing")
                .rejectIf(
                        d != null && (d.signum() <= 0 || d.compareTo(MAX_DAYS) > 0),
                        "daysPerMonth",
                        "governance.role.daysRange")
                .rejectIf(
                        d != null && d.stripTrailingZeros().scale() > 2,
                        "daysPerMonth",
                        "governance.role.daysDecimals");
    }

    private static void checkOrganisation(
            Candidate c, List<RoleAssignment> others, PartnerFacts partners, InvalidInputException.Collector errors) {
        Long employer = c.employerId();
        if (c.role().representsOrganisation()) {
            errors.rejectIf(
                            employer == null,
                            "email",
                            "governance.role.noOrganisation",
                            c.personName(),
                            Message.of(c.role().labelKey()))
                    .rejectIf(
                            employer != null && !partners.sectors().containsKey(employer),
                            "email",
                            "governance.role.notPartner",
                            organisation(partners, employer));
        }
        if (c.role() == Role.SENIOR_SPONSOR
                && employer != null
                && partners.sectors().containsKey(employer)) {
            errors.rejectIf(
                            !partners.core().contains(employer),
                            "role",
                            "governance.role.sponsorNotCore",
                            organisation(partners, employer))
                    .rejectIf(
                            others.stream()
                                    .anyMatch(a ->
                                            a.role() == Role.SENIOR_SPONSOR && employer.equals(a.organisationId())),
                            "role",
                            "governance.role.sponsorTwice",
                            organisation(partners, employer));
        }
        errors.rejectIf(
                        c.role() == Role.PROCUREMENT_REPRESENTATIVE
                                && employer != null
                                && partners.sectors().containsKey(employer)
                                && partners.sectors().get(employer) != Sector.PUBLIC,
                        "role",
                        "governance.role.procurementNotPublic",
                        organisation(partners, employer))
                .rejectIf(
                        c.role() == Role.FACILITATOR
                                && employer != null
                                && partners.core().contains(employer),
                        "role",
                        "governance.role.facilitatorNotIndependent",
                        c.personName(),
                        organisation(partners, employer));
    }

    /** A lead sponsor cannot stop being a sponsor while other sponsors remain: the lead moves by an explicit action. */
    static void checkLeadMayGo(RoleAssignment current, List<RoleAssignment> others, Role newRole) {
        boolean otherSponsors = others.stream().anyMatch(a -> a.role() == Role.SENIOR_SPONSOR);
        if (current.leadSponsor() && newRole != Role.SENIOR_SPONSOR && otherSponsors) {
            throw InvalidInputException.of("role", "governance.role.leadMustMove");
        }
    }

    /** Warnings about a partnership's roles: no Project Manager, core partners without a Senior Sponsor. */
    static List<GovernanceCheck> warnings(List<RoleAssignment> assignments, PartnerFacts partners) {
        var checks = new ArrayList<GovernanceCheck>();
        checks.add(
                assignments.stream().anyMatch(a -> a.role() == Role.PROJECT_MANAGER)
                        ? GovernanceCheck.met(PM_CHECK, Message.of("governance.check.pmMet"))
                        : GovernanceCheck.warning(PM_CHECK, NO_PM));
        partners.core().stream()
                .sorted(java.util.Comparator.comparing(
                        (Long org) -> String.valueOf(partners.name(org)), String.CASE_INSENSITIVE_ORDER))
                .forEach(org -> checks.add(
                        assignments.stream()
                                        .anyMatch(
                                                a -> a.role() == Role.SENIOR_SPONSOR && org.equals(a.organisationId()))
                                ? GovernanceCheck.met(
                                        Message.of("governance.check.sponsor", partners.name(org)),
                                        Message.of("governance.check.sponsorMet", partners.name(org)))
                                : GovernanceCheck.warning(
                                        Message.of("governance.check.sponsor", partners.name(org)),
                                        Message.of("governance.check.sponsorMissing", partners.name(org)))));
        return checks;
    }

    static final Message PM_CHECK = Message.of("governance.check.pm");
    static final Message NO_PM = Message.of("governance.check.noPm");

    /** The organisation's name, or "This organisation" in the reader's language when it is not known. */
    private static Object organisation(PartnerFacts partners, Long id) {
        var name = partners.name(id);
        return name == null ? Message.of("governance.role.thisOrganisation") : name;
    }

    static BigDecimal percent(BigDecimal committed, BigDecimal capacity) {
        if (capacity == null || capacity.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return committed.multiply(HUNDRED).divide(capacity, 0, RoundingMode.HALF_UP);
    }

    static String days(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
