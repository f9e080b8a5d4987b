package scot.cairn.tendering;

import java.util.List;

/**
 * The declarations of interests of one partnership as the reader may see them.
 *
 * @param mine the reader's own declaration; null when they have not declared
 * @param mayDeclare whether the reader takes part and the partnership is open, so may declare or change theirs
 * @param all every declaration, for the Procurement Representative, managers and the board; empty for others
 * @param undeclared the members who take part and have not declared, for the same readers; empty for others
 * @param mayReadAll whether the reader sees every declaration
 */
public record DeclarationsView(
        DeclarationView mine,
        boolean mayDeclare,
        List<DeclarationView> all,
        List<String> undeclared,
        boolean mayReadAll) {}
