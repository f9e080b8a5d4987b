/**
 * The voice of the people who use the service: consultations with their questions, answered online through a link
 * that needs no account or entered by the team from paper, a workshop or an interview (perhaps for someone without an
 * email address), their other versions as files, their results and the summary published to the people consulted,
 * "you said, we did" and participants' expenses. Access is the partnership module's: members read; a Service Design / Workstream
 * Lead, the Service User Representative, the Project Manager and managers run consultations ({@code
 * Editors.CONSULTATIONS}); anyone with the link answers an open consultation, as often as the rate limit allows.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Consultation",
        allowedDependencies = {"platform", "directory", "identity", "partnership"})
package scot.cairn.consultation;
