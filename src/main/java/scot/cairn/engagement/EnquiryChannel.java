package scot.cairn.engagement;

import scot.cairn.platform.Labelled;

/** How an enquiry reached the partnership: its public page's form, or by email, phone, letter or at a meeting. */
public enum EnquiryChannel implements Labelled {
    PUBLIC_FORM,
    EMAIL,
    PHONE,
    LETTER,
    MEETING;

    @Override
    public String labelKey() {
        return "engagement.enquiry.channel." + name();
    }
}
