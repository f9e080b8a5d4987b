/**
 * How a partnership speaks to people inside and outside it: the communications plan (what the communications are
 * for, audiences, key messages, channels, planned activities with owners and dates, and its reviews by the
 * communications group). Access is the partnership module's: members read; the Communications Lead, the Project
 * Manager and managers change the plan ({@code Editors.COMMUNICATIONS}); a member of the communications group records
 * a review; an activity's owner moves it on; everyone else gets 404.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Engagement",
        allowedDependencies = {"platform", "directory", "identity", "partnership", "governance", "consultation"})
package scot.cairn.engagement;
