/**
 * Telling people what is theirs to do and what happened: reacts to the other modules' events with notifications in
 * Cairn (an inbox with an unread count in the header) and email, at once or in a daily digest as each person chooses
 * per kind. Nothing depends on it. It asks the partnership's access model whom to tell, so a person is only told
 * about partnerships they can see.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {
            "platform",
            "directory",
            "identity",
            "partnership",
            "governance",
            "outcome",
            "sroi",
            "report",
            "meeting",
            "engagement",
            "tendering"
        })
package scot.cairn.notification;
