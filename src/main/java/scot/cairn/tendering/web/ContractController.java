package scot.cairn.tendering.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.tendering.ChallengeDetails;
import scot.cairn.tendering.ContractDetails;
import scot.cairn.tendering.ContractService;
import scot.cairn.tendering.ContractsView;
import scot.cairn.tendering.SupplierScale;
import scot.cairn.tendering.TenderService;

/**
 * The standstill and contract page of a tender: each approved award with its standstill, the challenges brought
 * against it and the contract record; officers record and resolve challenges, correct the record and conclude it.
 */
@Controller
class ContractController {

    private static final String BASE = "/partnerships/{id}/tenders/{tid}/contracts";

    private final PartnershipService partnerships;
    private final TenderService tenders;
    private final ContractService contracts;

    ContractController(PartnershipService partnerships, TenderService tenders, ContractService contracts) {
        this.partnerships = partnerships;
        this.tenders = tenders;
        this.contracts = contracts;
    }

    @GetMapping(BASE)
    String page(@PathVariable long id, @PathVariable long tid, CurrentUser user, Model model) {
        var c = contracts.contracts(id, tid, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", tenders.tender(id, tid, user));
        model.addAttribute("c", c);
        if (!model.containsAttribute("challengeForm")) {
            model.addAttribute(
                    "challengeForm",
                    new ChallengeDetails(
                            c.awards().size() == 1 ? c.awards().get(0).awardId() : null, null, null, null));
        }
        model.addAttribute(
                "awardOptions",
                c.awards().stream()
                        .map(a -> new Option(
                                String.valueOf(a.awardId()),
                                a.lot() == 0
                                        ? Message.of("tendering.challenge.awardWhole", a.supplier())
                                        : Message.of("tendering.challenge.awardLot", a.lot(), a.supplier())))
                        .toList());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "tendering/contracts";
    }

    @PostMapping(BASE + "/challenges")
    String challenge(
            @PathVariable long id,
            @PathVariable long tid,
            @ModelAttribute("challengeForm") ChallengeDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> contracts.challenge(id, tid, form, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.challenge.recorded"));
            return "redirect:/partnerships/" + id + "/tenders/" + tid + "/contracts#challenges";
        }
        return page(id, tid, user, model);
    }

    /** What an officer writes to resolve a challenge. */
    record Resolution(String resolution) {}

    @GetMapping(BASE + "/challenges/{cid}/resolve")
    String resolveForm(
            @PathVariable long id, @PathVariable long tid, @PathVariable long cid, CurrentUser user, Model model) {
        var challenge = challenge(id, tid, cid, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Resolution(null));
            model.addAttribute("version", challenge.version());
        }
        model.addAttribute("challenge", challenge);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", tenders.tender(id, tid, user));
        return "tendering/challenge-resolve";
    }

    @PostMapping(BASE + "/challenges/{cid}/resolve")
    String resolve(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") Resolution form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> contracts.resolve(id, tid, cid, version, form.resolution(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.challenge.resolvedDone"));
            return "redirect:/partnerships/" + id + "/tenders/" + tid + "/contracts#challenges";
        }
        model.addAttribute("version", version);
        return resolveForm(id, tid, cid, user, model);
    }

    @GetMapping(BASE + "/{cid}/edit")
    String editForm(
            @PathVariable long id, @PathVariable long tid, @PathVariable long cid, CurrentUser user, Model model) {
        var contract = contract(id, tid, cid, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new ContractDetails(
                            contract.scale(),
                            contract.value(),
                            contract.startDate(),
                            contract.endDate(),
                            contract.commitments(),
                            contract.kpis()));
            model.addAttribute("version", contract.version());
        }
        model.addAttribute("contract", contract);
        model.addAttribute("scales", Option.of(SupplierScale.values()));
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("t", tenders.tender(id, tid, user));
        return "tendering/contract-form";
    }

    @PostMapping(BASE + "/{cid}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") ContractDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> contracts.update(id, tid, cid, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.contract.saved"));
            return "redirect:/partnerships/" + id + "/tenders/" + tid + "/contracts";
        }
        model.addAttribute("version", version);
        return editForm(id, tid, cid, user, model);
    }

    @PostMapping(BASE + "/{cid}/conclude")
    String conclude(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            contracts.conclude(id, tid, cid, version, user);
        } catch (InvalidInputException e) {
            var problems = new LinkedHashMap<String, Message>();
            e.fieldErrors().values().forEach(m -> problems.put("conclude-" + cid, m));
            model.addAttribute("problems", problems);
            return page(id, tid, user, model);
        } catch (ConcurrentChangeException e) {
            model.addAttribute("problems", Map.of("conclude-" + cid, e.reason()));
            return page(id, tid, user, model);
        }
        redirect.addFlashAttribute("done", Message.of("tendering.contract.concludedDone"));
        return "redirect:/partnerships/" + id + "/tenders/" + tid + "/contracts";
    }

    private ContractsView.Challenge challenge(long id, long tid, long cid, CurrentUser user) {
        return contracts.contracts(id, tid, user).awards().stream()
                .flatMap(a -> a.challenges().stream())
                .filter(x -> x.id() == cid)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Challenge"));
    }

    private ContractsView.Contract contract(long id, long tid, long cid, CurrentUser user) {
        var view = contracts.contracts(id, tid, user);
        if (!view.officer()) {
            throw new scot.cairn.platform.ForbiddenException("tendering.bids.officersOnly");
        }
        return view.awards().stream()
                .map(ContractsView.Standstill::contract)
                .filter(x -> x.id() == cid)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Contract"));
    }
}
