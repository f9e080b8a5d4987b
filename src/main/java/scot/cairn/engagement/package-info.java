/**
 * How a partnership speaks to people inside and outside it: the communications plan (what the communications are
 * for, audiences, key messages, channels, planned activities with owners and dates, and its reviews by the
 * communications group); the public page, off until the board agrees; bulletins to the forum of informed providers,
 * approved jointly and sent once; enquiries and their published answers; and the information-parity ledger with its
 * report of what some providers received and others did not. Access is the partnership module's: members read; the Communications Lead, the Project
 * Manager and managers change the plan ({@code Editors.COMMUNICATIONS}); a member of the communications group records
 * a review; an activity's owner moves it on; everyone else gets 404.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Engagement",
        allowedDependencies = {"platform", "directory", "identity", "partnership", "governance", "consultation"})
package scot.cairn.engagement;
