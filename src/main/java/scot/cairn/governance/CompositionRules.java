package scot.cairn.governance;

import java.util.ArrayList;
import java.util.List;
import scot.cairn.directory.Sector;

/**
 * Checks on who sits in the groups: the board holds both sectors and service users, its public and third-sector
 * seats are balanced, the project team mixes both sectors, and the informed-providers forum holds no core partner.
 * Pure Java; each check is met or a warning with an explanation. A missing group is a warning, never an error.
 */
final class CompositionRules {

    static final String BOARD_MIX = "Board representation";
    static final String BOARD_BALANCE = "Board balance";
    static final String TEAM_MIX = "Project team mix";
    static final String FORUM = "Informed providers are outside the partnership";

    private CompositionRules() {}

    /** One person's seat: the sector of the organisation they represent, or a service user (sector null). */
    record Seat(Sector sector, boolean serviceUser) {
        static Seat of(Sector sector) {
            return new Seat(sector, false);
        }

        static Seat user() {
            return new Seat(null, true);
        }
    }

    /**
     * The facts to check; a null list means the group has not been set up. {@code coreProviders} names the
     * organisations in the informed-providers forum that are core partners.
     */
    record Composition(List<Seat> board, List<Seat> team, List<String> coreProviders) {}

    static List<GovernanceCheck> check(Composition c) {
        var checks = new ArrayList<GovernanceCheck>();
        checks.add(boardMix(c.board()));
        checks.add(boardBalance(c.board()));
        checks.add(teamMix(c.team()));
        checks.add(forum(c.coreProviders()));
        return checks;
    }

    static GovernanceCheck boardMix(List<Seat> board) {
        if (board == null) {
            return GovernanceCheck.warning(BOARD_MIX, "There is no Governance Group / Project Board yet.");
        }
        var missing = new ArrayList<String>();
        if (count(board, Sector.PUBLIC) == 0) {
            missing.add("a public-sector representative");
        }
        if (count(board, Sector.THIRD) == 0) {
            missing.add("a third-sector representative");
        }
        if (board.stream().noneMatch(Seat::serviceUser)) {
            missing.add("a service user, family member or carer");
        }
        return missing.isEmpty()
                ? GovernanceCheck.met(
                        BOARD_MIX, "The board has public and third-sector representatives and service-user voices.")
                : GovernanceCheck.warning(BOARD_MIX, "The board still needs " + join(missing) + ".");
    }

    static GovernanceCheck boardBalance(List<Seat> board) {
        if (board == null) {
            return GovernanceCheck.warning(BOARD_BALANCE, "There is no Governance Group / Project Board yet.");
        }
        long pub = count(board, Sector.PUBLIC);
        long third = count(board, Sector.THIRD);
        String counts = pub + " public-sector and " + third + " third-sector " + (pub + third == 1 ? "seat" : "seats");
        return Math.abs(pub - third) > 1
                ? GovernanceCheck.warning(
                        BOARD_BALANCE,
                        "The board has " + counts + ": one side outnumbers the other by more than one, so decisions"
                                + " may not be equal.")
                : GovernanceCheck.met(BOARD_BALANCE, "The board has " + counts + ", which is balanced.");
    }

    static GovernanceCheck teamMix(List<Seat> team) {
        if (team == null) {
            return GovernanceCheck.warning(TEAM_MIX, "There is no Project Team yet.");
        }
        boolean pub = count(team, Sector.PUBLIC) > 0;
        boolean third = count(team, Sector.THIRD) > 0;
        if (pub && third) {
            return GovernanceCheck.met(TEAM_MIX, "The project team has people from both sectors.");
        }
        return GovernanceCheck.warning(
                TEAM_MIX,
                "The project team has nobody from "
                        + (pub ? "the third sector" : third ? "the public sector" : "either sector")
                        + " yet; the work should be shared.");
    }

    static GovernanceCheck forum(List<String> coreProviders) {
        return coreProviders.isEmpty()
                ? GovernanceCheck.met(FORUM, "No core partner is listed among the informed providers.")
                : GovernanceCheck.warning(
                        FORUM,
                        join(coreProviders) + (coreProviders.size() == 1 ? " is a core partner" : " are core partners")
                                + " but listed as an informed provider: core partners are already inside the work.");
    }

    private static long count(List<Seat> seats, Sector sector) {
        return seats.stream().filter(s -> s.sector() == sector).count();
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
