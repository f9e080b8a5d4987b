package scot.cairn.partnership;

/** The four questions that decide whether a PSP is appropriate. */
public enum AssessmentQuestion {
    MARKET("Is there a market?", "Who would buy and who would provide the service, and is there room for change?"),
    SUPPLIERS(
            "Are the suppliers capable of delivering change?",
            "Can third-sector providers design and run a better service?"),
    COMMISSIONERS(
            "Who are the public sector commissioners?",
            "Which public bodies would buy the service, and are they committed?"),
    PARTNERSHIP(
            "Does the partnership have the potential to succeed?",
            "Is there trust, commitment and capacity on all sides?");

    private final String question;
    private final String hint;

    AssessmentQuestion(String question, String hint) {
        this.question = question;
        this.hint = hint;
    }

    public String question() {
        return question;
    }

    public String hint() {
        return hint;
    }
}
