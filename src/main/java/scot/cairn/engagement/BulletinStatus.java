package scot.cairn.engagement;

import scot.cairn.platform.Labelled;

/** Where a bulletin stands: written, approved by the board (both sectors), or sent to the forum and published. */
public enum BulletinStatus implements Labelled {
    DRAFT,
    APPROVED,
    SENT;

    @Override
    public String labelKey() {
        return "engagement.bulletin.status." + name();
    }
}
