package scot.cairn.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.RateLimits;
import scot.cairn.platform.Sequences;

/**
 * Enquiries from anyone: through the public page's form (rate-limited, with a honeypot) or entered by the team. The
 * communications editors ({@link Editors#COMMUNICATIONS}) read them all, assign each to a member, who answers it
 * within {@link #TARGET_DAYS} days (on their to-do list); an answer enters the information-parity ledger as received
 * by the organisation that asked, and an editor may publish it on the public page (reworded without who asked), when
 * every provider has it. Enquiries name people, so nobody else reads them but the member each is assigned to.
 */
@Service
public class EnquiryService {

    static final String SUBJECT = "enquiry";

    /** Days the partnership gives itself to answer. */
    public static final int TARGET_DAYS = 10;

    static final int NAME = 200;
    static final int EMAIL = 320;
    static final int WORDS = 4000;
    static final int PER_ADDRESS = 5;
    static final int PER_PARTNERSHIP = 200;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    /** Refused: too many enquiries from one address, or to the partnership, within the hour. */
    public static final class TooManyEnquiries extends RuntimeException {
        TooManyEnquiries() {
            super("Too many enquiries; try again later");
        }
    }

    /** The tools an enquiry needs besides its own storage; a record so the service stays small. */
    @org.springframework.stereotype.Component
    record Support(
            PartnershipScope scope,
            PartnershipService partnerships,
            Providers providers,
            PublicPageService page,
            ParityLedger ledger,
            Sequences sequences,
            RateLimits limits,
            AuditTrail audit,
            Clock clock) {}

    private final EnquiryRepository enquiries;
    private final Support support;

    EnquiryService(EnquiryRepository enquiries, Support support) {
        this.enquiries = enquiries;
        this.support = support;
    }

    /** The partnership's enquiries, newest first, and the providers an enquiry may be from. */
    public record Listing(List<EnquiryView> enquiries, Map<Long, String> providers, boolean mayRecord) {}

    @Transactional(readOnly = true)
    public Listing list(long id, CurrentUser user) {
        var access = support.scope().requireRead(id, user);
        if (!access.manages()
                && !access.holds(scot.cairn.partnership.Role.COMMUNICATIONS_LEAD)
                && !access.holds(scot.cairn.partnership.Role.PROJECT_MANAGER)) {
            throw new ForbiddenException("engagement.enquiry.readers");
        }
        var providers = providers(access);
        return new Listing(
                enquiries.findByPartnershipIdOrderByNumberDesc(id).stream()
                        .map(e -> view(access, e, providers))
                        .toList(),
                providers,
                access.mayEdit(Editors.COMMUNICATIONS));
    }

    /** One enquiry, for the communications editors and the member it is assigned to. */
    @Transactional(readOnly = true)
    public EnquiryView get(long id, long enquiryId, CurrentUser user) {
        var access = support.scope().requireRead(id, user);
        var e = find(id, enquiryId);
        requireReader(access, e);
        return view(access, e, providers(access));
    }

    /** The organisations an enquiry may be from: the forum's and the partners', by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> providers(long id, CurrentUser user) {
        return providers(support.scope().requireRead(id, user));
    }

    /**
     * A question through the public page, from anyone. A filled-in {@code website} (a field people do not see) marks
     * a robot: nothing is saved and nothing is said. {@code address} is where the request came from.
     *
     * @throws NotFoundException when the partnership has no public page
     * @throws TooManyEnquiries past {@link #PER_ADDRESS} from the address or {@link #PER_PARTNERSHIP} in all, an hour
     */
    @Transactional
    public void ask(
            long id, String name, String email, String organisation, String question, String website, String address) {
        if (!support.page().enabled(id)) {
            throw new NotFoundException("Partnership");
        }
        if (website != null && !website.isBlank()) {
            return;
        }
        if (!support.limits().allow("enquiry:" + id + ":" + address, PER_ADDRESS, WINDOW)
                || !support.limits().allow("enquiry:" + id, PER_PARTNERSHIP, WINDOW)) {
            throw new TooManyEnquiries();
        }
        if (support.partnerships().forChecks(id).closed()) {
            throw InvalidInputException.of("", "engagement.enquiry.closed");
        }
        var errors = check(name, email, question);
        errors.rejectIf(
                organisation != null && organisation.strip().length() > NAME,
                "organisation",
                "engagement.enquiry.organisationTooLong",
                NAME);
        errors.throwIfAny();
        var now = support.clock().instant();
        save(Enquiry.received(
                id,
                support.sequences().next(SUBJECT, id),
                name.strip(),
                blankToNull(email),
                blankToNull(organisation),
                null,
                question.strip(),
                EnquiryChannel.PUBLIC_FORM,
                now,
                LocalDate.ofInstant(now, SCOTLAND).plusDays(TARGET_DAYS),
                null));
    }

    /** An enquiry the team received another way. */
    @Transactional
    public EnquiryView record(long id, EnquiryDetails d, CurrentUser user) {
        var access = support.scope().requireEdit(id, user, Editors.COMMUNICATIONS);
        var providers = providers(access);
        var today = LocalDate.now(support.clock().withZone(SCOTLAND));
        var errors = check(d.askedBy(), d.email(), d.question())
                .rejectIf(d.channel() == null, "channel", "engagement.enquiry.channelMissing")
                .rejectIf(d.channel() == EnquiryChannel.PUBLIC_FORM, "channel", "engagement.enquiry.channelForm")
                .rejectIf(
                        d.receivedOn() != null && d.receivedOn().isAfter(today),
                        "receivedOn",
                        "engagement.enquiry.receivedInFuture")
                .rejectIf(
                        d.organisationId() != null && !providers.containsKey(d.organisationId()),
                        "organisationId",
                        "engagement.enquiry.notProvider");
        errors.throwIfAny();
        var received = d.receivedOn() == null ? today : d.receivedOn();
        var e = save(Enquiry.received(
                id,
                support.sequences().next(SUBJECT, id),
                d.askedBy().strip(),
                blankToNull(d.email()),
                null,
                d.organisationId(),
                d.question().strip(),
                d.channel(),
                received.equals(today)
                        ? support.clock().instant()
                        : received.atTime(12, 0).atZone(SCOTLAND).toInstant(),
                received.plusDays(TARGET_DAYS),
                user.personId()));
        return view(access, e, providers);
    }

    /** Assigns the enquiry to a member who takes part, and names the provider it came from, as read at the version. */
    @Transactional
    public EnquiryView assign(
            long id, long enquiryId, Integer seenVersion, Long assigneeId, Long organisationId, CurrentUser user) {
        var access = support.scope().requireEdit(id, user, Editors.COMMUNICATIONS);
        var e = find(id, enquiryId);
        ConcurrentChangeException.check("enquiry", seenVersion, e.version());
        var providers = providers(access);
        new InvalidInputException.Collector()
                .rejectIf(
                        assigneeId != null
                                && !access.partnership().participantIds().contains(assigneeId),
                        "assigneeId",
                        "engagement.enquiry.assigneeNotMember")
                .rejectIf(
                        organisationId != null && !providers.containsKey(organisationId),
                        "organisationId",
                        "engagement.enquiry.notProvider")
                .throwIfAny();
        var names = access.partnership().namesById();
        var before = e.assigneeId() == null ? null : names.get(e.assigneeId());
        e.assign(assigneeId, organisationId);
        var saved = enquiries.save(e);
        record(
                saved,
                "engagement.audit.enquiryAssigned",
                Changes.create()
                        .field("engagement.audit.assignee", before, assigneeId == null ? null : names.get(assigneeId)));
        return view(access, saved, providers);
    }

    /**
     * Answers the enquiry, once: by a communications editor or the member it is assigned to. When a provider asked,
     * the answer enters the parity ledger as received by it.
     */
    @Transactional
    public EnquiryView answer(long id, long enquiryId, Integer seenVersion, String answer, CurrentUser user) {
        var access = support.scope().requireRead(id, user);
        scot.cairn.partnership.PartnershipScope.requireOpen(access);
        var e = find(id, enquiryId);
        if (!mayAnswer(access, e) && e.answeredAt() == null) {
            throw new ForbiddenException("engagement.enquiry.answerers");
        }
        requireReader(access, e);
        ConcurrentChangeException.check("enquiry", seenVersion, e.version());
        new InvalidInputException.Collector()
                .rejectIf(answer == null || answer.isBlank(), "answer", "engagement.enquiry.answerMissing")
                .rejectIf(
                        answer != null && answer.strip().length() > WORDS,
                        "answer",
                        "engagement.enquiry.answerTooLong",
                        WORDS)
                .throwIfAny();
        var now = support.clock().instant();
        e.answer(answer.strip(), user.personId(), now);
        var saved = enquiries.save(e);
        if (saved.organisationId() != null) {
            support.ledger()
                    .shared(
                            id,
                            SharedKind.ANSWER,
                            saved.id(),
                            saved.reference() + " " + saved.question(),
                            LocalDate.ofInstant(now, SCOTLAND),
                            false,
                            Set.of(saved.organisationId()),
                            user.personId());
        }
        record(saved, "engagement.audit.enquiryAnswered", Changes.create());
        return view(access, saved, providers(access));
    }

    /**
     * Publishes an answered enquiry on the public page, with the question as worded for everyone; the parity ledger
     * then counts it as given to every provider. Communications editors only.
     */
    @Transactional
    public EnquiryView publish(long id, long enquiryId, Integer seenVersion, String publicQuestion, CurrentUser user) {
        var access = support.scope().requireEdit(id, user, Editors.COMMUNICATIONS);
        var e = find(id, enquiryId);
        ConcurrentChangeException.check("enquiry", seenVersion, e.version());
        new InvalidInputException.Collector()
                .rejectIf(
                        publicQuestion == null || publicQuestion.isBlank(),
                        "publicQuestion",
                        "engagement.enquiry.publicQuestionMissing")
                .rejectIf(
                        publicQuestion != null && publicQuestion.strip().length() > WORDS,
                        "publicQuestion",
                        "engagement.enquiry.questionTooLong",
                        WORDS)
                .throwIfAny();
        e.publish(publicQuestion.strip(), support.clock().instant());
        var saved = enquiries.save(e);
        support.ledger().published(id, SharedKind.ANSWER, saved.id());
        record(
                saved,
                "engagement.audit.enquiryPublished",
                Changes.create().field("engagement.audit.publicQuestion", null, saved.publicQuestion()));
        return view(access, saved, providers(access));
    }

    private InvalidInputException.Collector check(String name, String email, String question) {
        return new InvalidInputException.Collector()
                .rejectIf(name == null || name.isBlank(), "askedBy", "engagement.enquiry.nameMissing")
                .rejectIf(
                        name != null && name.strip().length() > NAME, "askedBy", "engagement.enquiry.nameTooLong", NAME)
                .rejectIf(
                        email != null
                                && !email.isBlank()
                                && (email.strip().length() > EMAIL
                                        || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")),
                        "email",
                        "engagement.enquiry.emailInvalid")
                .rejectIf(question == null || question.isBlank(), "question", "engagement.enquiry.questionMissing")
                .rejectIf(
                        question != null && question.strip().length() > WORDS,
                        "question",
                        "engagement.enquiry.questionTooLong",
                        WORDS);
    }

    private Enquiry save(Enquiry e) {
        EngagementLimits.ENQUIRIES.check("", (int) enquiries.countByPartnershipId(e.partnershipId()) + 1);
        var saved = enquiries.save(e);
        record(
                saved,
                "engagement.audit.enquiryReceived",
                Changes.create()
                        .field("engagement.audit.channel", null, saved.channel().name()));
        return saved;
    }

    private Map<Long, String> providers(Access access) {
        return support.providers().all(access);
    }

    private static boolean editor(Access access) {
        return access.mayEdit(Editors.COMMUNICATIONS);
    }

    private static boolean assignedTo(Access access, Enquiry e) {
        return access.participates()
                && e.assigneeId() != null
                && e.assigneeId() == access.user().personId();
    }

    private static boolean mayAnswer(Access access, Enquiry e) {
        return access.open() && e.answeredAt() == null && (editor(access) || assignedTo(access, e));
    }

    private static void requireReader(Access access, Enquiry e) {
        boolean reads = access.manages()
                || access.holds(scot.cairn.partnership.Role.COMMUNICATIONS_LEAD)
                || access.holds(scot.cairn.partnership.Role.PROJECT_MANAGER)
                || assignedTo(access, e);
        if (!reads) {
            throw new ForbiddenException("engagement.enquiry.readers");
        }
    }

    private Enquiry find(long id, long enquiryId) {
        return enquiries.findByIdAndPartnershipId(enquiryId, id).orElseThrow(() -> new NotFoundException("Enquiry"));
    }

    private void record(Enquiry e, String action, Changes changes) {
        support.audit().record(SUBJECT, e.id(), e.partnershipId(), action, changes.note(e.reference()));
    }

    private EnquiryView view(Access access, Enquiry e, Map<Long, String> providers) {
        var names = access.partnership().namesById();
        var today = LocalDate.now(support.clock().withZone(SCOTLAND));
        return new EnquiryView(
                e.id(),
                e.version(),
                e.reference(),
                e.askedBy(),
                e.email(),
                e.organisationName(),
                e.organisationId(),
                e.organisationId() == null ? null : providers.get(e.organisationId()),
                e.question(),
                e.channel(),
                e.receivedAt(),
                e.dueOn(),
                e.answeredAt() == null && e.dueOn().isBefore(today),
                e.recordedBy() == null ? null : names.get(e.recordedBy()),
                e.assigneeId(),
                e.assigneeId() == null ? null : names.get(e.assigneeId()),
                e.answer(),
                e.answeredBy() == null ? null : names.get(e.answeredBy()),
                e.answeredAt(),
                e.publicQuestion(),
                e.publishedAt(),
                editor(access),
                mayAnswer(access, e),
                editor(access) && e.answeredAt() != null && e.publishedAt() == null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
