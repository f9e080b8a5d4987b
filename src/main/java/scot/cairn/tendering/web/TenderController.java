package scot.cairn.tendering.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentReader;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.tendering.BenefitService;
import scot.cairn.tendering.DeclarationService;
import scot.cairn.tendering.ProcurementService;

/**
 * The road to tender at a glance: the expected procurement, the service specification and its requirements,
 * community benefits and declarations of interests.
 */
@Controller
class TenderController {

    private final PartnershipService partnerships;
    private final ProcurementService procurements;
    private final DeclarationService declarations;
    private final BenefitService benefits;
    private final scot.cairn.tendering.RequirementService requirements;
    private final DocumentReader documents;
    private final scot.cairn.tendering.PricingService pricings;
    private final scot.cairn.tendering.TenderService tenders;

    TenderController(
            PartnershipService partnerships,
            ProcurementService procurements,
            DeclarationService declarations,
            BenefitService benefits,
            scot.cairn.tendering.RequirementService requirements,
            DocumentReader documents,
            scot.cairn.tendering.PricingService pricings,
            scot.cairn.tendering.TenderService tenders) {
        this.tenders = tenders;
        this.documents = documents;
        this.pricings = pricings;
        this.partnerships = partnerships;
        this.procurements = procurements;
        this.declarations = declarations;
        this.benefits = benefits;
        this.requirements = requirements;
    }

    @GetMapping("/partnerships/{id}/tender")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", procurements.procurement(id, user));
        model.addAttribute("d", declarations.declarations(id, user));
        model.addAttribute("b", benefits.register(id, user));
        model.addAttribute("r", requirements.traceability(id, user));
        model.addAttribute("spec", documents.summary(id, DocumentKind.SPEC, user));
        model.addAttribute("pricing", pricings.pricing(id, user));
        model.addAttribute("tenders", tenders.tenders(id, user));
        model.addAttribute("mayDraw", tenders.mayDraw(id, user));
        return "tendering/tender";
    }
}
