package scot.cairn.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.identity.CurrentUser;

/** Demo MoUs and PIDs, written and signed through the document service so they obey the sign-off rules. */
@Component
class DemoDocuments {

    private final DocumentService documents;

    DemoDocuments(DocumentService documents) {
        this.documents = documents;
    }

    /** The foster-care MoU, signed by Fiona for the council and David for the CVS. */
    void fosterCareMou(long id, CurrentUser fiona, CurrentUser david) {
        var mou = new LinkedHashMap<String, String>();
        mou.put(
                "parties",
                "Falkirk Council (children's services), signed by Fiona Reid.\n"
                        + "Falkirk CVS, for the third-sector providers of foster care, signed by David Kerr.");
        mou.put(
                "purpose",
                "To design, pilot and then tender foster care provision for children in Falkirk together with the"
                        + " existing providers.");
        mou.put(
                "principles",
                "Focus on real results for children. Common interest before partner interest. Equal partners,"
                        + " mutually accountable. Willing to change how things are done.");
        mou.put(
                "roles",
                "Fiona Reid is Project Manager and lead Senior Sponsor. David Kerr is Senior Sponsor for Falkirk CVS"
                        + " and leads the placement model workstream.");
        mou.put(
                "commitments",
                "The council gives six days a month of project management; the CVS gives four days a month of"
                        + " workstream leadership. Both sponsors give two days a month.");
        mou.put(
                "information-sharing",
                "Outcome data is shared within the Project Board without personal details of children or carers.");
        mou.put(
                "conflicts-of-interest",
                "Partners declare interests at each board meeting. Anything a partner learns that matters for a"
                        + " later tender is shared with the forum of informed providers.");
        mou.put(
                "duration-and-exit",
                "From the Design stage to the award of the contract. A partner may leave with three months' notice"
                        + " to the board.");
        signAll(id, DocumentKind.MOU, mou, fiona, fiona, david);
    }

    /** The foster-care PID, approved by Fiona (public sector) and David (third sector) on the board. */
    void fosterCarePid(long id, CurrentUser fiona, CurrentUser david) {
        var pid = new LinkedHashMap<String, String>();
        pid.put(
                "background",
                "Foster placements in Falkirk are bought one at a time. Providers and the council want a shared model.");
        pid.put("objectives", "A good-practice foster care model, piloted for a year and then tendered.");
        pid.put("scope", "Foster care for looked-after children in Falkirk. Residential care is out of scope.");
        pid.put(
                "deliverables",
                "The placement model, an outcomes framework, a forecast SROI, a service specification.");
        pid.put("stages-and-plan", "Design for seven months, Pilot for twelve months, Tender for five months.");
        pid.put(
                "governance",
                "A Project Board of council, CVS and a foster carer; a project team with two workstreams.");
        pid.put("risks", "Placement stability during the change; carers' time to take part.");
        pid.put("budget", "Staff time from both partners; pilot placements at the current rates.");
        pid.put("success-measures", "Fewer placement moves, more children placed in Falkirk, quarterly SROI reviews.");
        signAll(id, DocumentKind.PID, pid, fiona, fiona, david);
    }

    /** A short MoU for one of the ten pilots, signed by both Senior Sponsors. */
    void pilotMou(
            long id, String publicName, String thirdName, CurrentUser editor, CurrentUser pub, CurrentUser third) {
        signAll(id, DocumentKind.MOU, pilotText(DocumentKind.MOU, publicName, thirdName), editor, pub, third);
    }

    /** A short PID for one of the ten pilots, approved by both partners' board members. */
    void pilotPid(
            long id, String publicName, String thirdName, CurrentUser editor, CurrentUser pub, CurrentUser third) {
        signAll(id, DocumentKind.PID, pilotText(DocumentKind.PID, publicName, thirdName), editor, pub, third);
    }

    private void signAll(
            long id, DocumentKind kind, Map<String, String> text, CurrentUser editor, CurrentUser... signers) {
        var v = documents.save(id, kind, 0, null, text, editor);
        for (var signer : signers) {
            v = documents.sign(id, kind, v.number(), v.version(), signer);
        }
    }

    /** A short document of {@code kind} for a partnership other than the ten pilots, signed by each signer. */
    void signed(
            long id,
            DocumentKind kind,
            String publicName,
            String thirdName,
            CurrentUser editor,
            CurrentUser pub,
            CurrentUser third) {
        signAll(id, kind, pilotText(kind, publicName, thirdName, "for their partnership"), editor, pub, third);
    }

    private static Map<String, String> pilotText(DocumentKind kind, String publicName, String thirdName) {
        return pilotText(kind, publicName, thirdName, "for the Scottish Government PSP programme pilot");
    }

    private static Map<String, String> pilotText(
            DocumentKind kind, String publicName, String thirdName, String occasion) {
        var text = new LinkedHashMap<String, String>();
        for (var s : kind.sections()) {
            text.put(s.key(), s.heading() + " as agreed by " + publicName + " and " + thirdName + " " + occasion + ".");
        }
        text.put(s(kind), publicName + " and " + thirdName + ", the two core partners of the pilot.");
        return text;
    }

    private static String s(DocumentKind kind) {
        return kind.sections().get(0).key();
    }
}
