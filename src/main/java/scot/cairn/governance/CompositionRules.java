package scot.cairn.governance;

import java.util.ArrayList;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.platform.Message;

/**
 * Checks on who sits in the groups: the board holds both sectors and service users, its public and third-sector
 * seats are balanced, the project team mixes both sectors, and the informed-providers forum holds no core partner.
 * Pure Java; each check is met or a warning with an explanation. A missing group is a warning, never an error.
 */
final class CompositionRules {

    static final Message BOARD_MIX = Message.of("governance.check.boardMix");
    static final Message BOARD_BALANCE = Message.of("governance.check.boardBalance");
    static final Message TEAM_MIX = Message.of("governance.check.teamMix");
    static final Message FORUM = Message.of("governance.check.forum");
    static final Message NO_BOARD = Message.of("governance.check.noBoard");

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
            return GovernanceCheck.warning(BOARD_MIX, NO_BOARD);
        }
        var missing = new ArrayList<Message>();
        if (count(board, Sector.PUBLIC) == 0) {
            missing.add(Message.of("governance.check.needsPublic"));
        }
        if (count(board, Sector.THIRD) == 0) {
            missing.add(Message.of("governance.check.needsThird"));
        }
        if (board.stream().noneMatch(Seat::serviceUser)) {
            missing.add(Message.of("governance.check.needsUser"));
        }
        return missing.isEmpty()
                ? GovernanceCheck.met(BOARD_MIX, Message.of("governance.check.boardMixMet"))
                : GovernanceCheck.warning(BOARD_MIX, Message.of("governance.check.boardNeeds", and(missing)));
    }

    static GovernanceCheck boardBalance(List<Seat> board) {
        if (board == null) {
            return GovernanceCheck.warning(BOARD_BALANCE, NO_BOARD);
        }
        long pub = count(board, Sector.PUBLIC);
        long third = count(board, Sector.THIRD);
        return Math.abs(pub - third) > 1
                ? GovernanceCheck.warning(
                        BOARD_BALANCE, Message.of("governance.check.unbalanced", pub, third, pub + third))
                : GovernanceCheck.met(BOARD_BALANCE, Message.of("governance.check.balanced", pub, third, pub + third));
    }

    static GovernanceCheck teamMix(List<Seat> team) {
        if (team == null) {
            return GovernanceCheck.warning(TEAM_MIX, Message.of("governance.check.noTeam"));
        }
        boolean pub = count(team, Sector.PUBLIC) > 0;
        boolean third = count(team, Sector.THIRD) > 0;
        if (pub && third) {
            return GovernanceCheck.met(TEAM_MIX, Message.of("governance.check.teamMixMet"));
        }
        return GovernanceCheck.warning(
                TEAM_MIX,
                Message.of(
                        pub
                                ? "governance.check.teamNoThird"
                                : third ? "governance.check.teamNoPublic" : "governance.check.teamNoSector"));
    }

    static GovernanceCheck forum(List<String> coreProviders) {
        return coreProviders.isEmpty()
                ? GovernanceCheck.met(FORUM, Message.of("governance.check.forumMet"))
                : GovernanceCheck.warning(
                        FORUM, Message.of("governance.check.forumCore", coreProviders.size(), and(coreProviders)));
    }

    private static long count(List<Seat> seats, Sector sector) {
        return seats.stream().filter(s -> s.sector() == sector).count();
    }

    /** "a", "a and b", "a, b and c", with the words between them in the reader's language. */
    static Object and(List<?> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        Object head = items.get(0);
        for (int i = 1; i < items.size() - 1; i++) {
            head = Message.of("governance.list.comma", head, items.get(i));
        }
        return Message.of("governance.list.and", head, items.get(items.size() - 1));
    }
}
