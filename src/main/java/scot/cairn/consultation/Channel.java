package scot.cairn.consultation;

import scot.cairn.platform.Labelled;

/** Where a response came from: online through the link, or entered by the team from paper, a workshop or a talk. */
public enum Channel implements Labelled {
    ONLINE,
    PAPER,
    WORKSHOP,
    INTERVIEW;

    @Override
    public String labelKey() {
        return "consultation.channel." + name();
    }
}
