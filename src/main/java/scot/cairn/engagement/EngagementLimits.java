package scot.cairn.engagement;

import scot.cairn.platform.Limit;

/** How much a partnership's communications plan holds. */
final class EngagementLimits {

    /** Audiences inside and outside the partnership together. */
    static final Limit AUDIENCES = new Limit(50, "engagement.limit.audiences");

    static final Limit MESSAGES = new Limit(50, "engagement.limit.messages");

    static final Limit CHANNELS = new Limit(30, "engagement.limit.channels");

    static final Limit ACTIVITIES = new Limit(500, "engagement.limit.activities");

    /** Reviews kept; the oldest goes when another is recorded. */
    static final Limit REVIEWS = new Limit(100, "engagement.limit.reviews");

    static final Limit BULLETINS = new Limit(500, "engagement.limit.bulletins");

    static final Limit ENQUIRIES = new Limit(5000, "engagement.limit.enquiries");

    static final Limit SHARED = new Limit(2000, "engagement.limit.shared");

    /** Bulletins, and answers, shown on the public page: the latest. */
    static final Limit PUBLISHED = new Limit(100, "engagement.limit.published");

    private EngagementLimits() {}
}
