package scot.cairn.consultation;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.RecordLinks;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * "You said, we did": the themes the team draws from a consultation's answers, the free-text answers tagged with them,
 * and each theme's response published to the people consulted (at the consultation's link). Members read them;
 * {@link Editors#CONSULTATIONS} write, tag, publish and withdraw them. A published theme stays as published until
 * withdrawn.
 */
@Service
public class ThemeService {

    static final Limit THEMES = new Limit(50, "consultation.limit.themes");

    /** Free-text answers on one page of tagging. */
    public static final int ANSWERS_PER_PAGE = 50;

    private final ConsultationService consultations;
    private final ThemeRepository themes;
    private final PartnershipScope scope;
    private final RecordLinks links;
    private final ResponseService.Support support;

    ThemeService(
            ConsultationService consultations,
            ThemeRepository themes,
            PartnershipScope scope,
            RecordLinks links,
            ResponseService.Support support) {
        this.consultations = consultations;
        this.themes = themes;
        this.scope = scope;
        this.links = links;
        this.support = support;
    }

    /** One consultation's published "you said, we did", with the path of its link. */
    public record Published(String consultation, String href, List<PublicConsultation.PublicTheme> themes) {}

    /**
     * The partnership's published "you said, we did", newest consultation first, for its public page: only what was
     * published, so anyone may read it. At most {@link #THEMES} consultations.
     */
    @Transactional(readOnly = true)
    public List<Published> published(long partnershipId) {
        record Row(long id, String title, String token) {}
        var rows = support.jdbc()
                .sql("""
                        select c.id, c.title, c.link_token from consultation_consultation c
                         where c.partnership_id = ? and c.link_token is not null
                           and exists (select 1 from consultation_theme t
                                        where t.consultation_id = c.id and t.published_at is not null)
                         order by c.number desc
                        """)
                .param(partnershipId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("link_token")))
                .list();
        return rows.stream()
                .limit(THEMES.max())
                .map(r -> new Published(
                        r.title(),
                        "/public/consultations/" + r.token(),
                        themes.findByConsultationIdOrderByNumber(r.id()).stream()
                                .filter(t -> t.publishedAt() != null)
                                .map(t -> new PublicConsultation.PublicTheme(
                                        t.name(), t.said(), t.response(), t.change()))
                                .toList()))
                .toList();
    }

    /** A consultation's themes, the records a theme may link to, and whether the reader may change them. */
    public record Themes(
            ConsultationView consultation,
            List<ThemeView> themes,
            List<RecordLinks.Kind> linkChoices,
            boolean mayEdit) {}

    /** A free-text answer with the themes it carries. */
    public record TaggedAnswer(
            long responseId,
            String text,
            ZonedDateTime receivedAt,
            Set<Long> themeIds,
            List<String> themeNames,
            boolean hidden) {}

    /** One page of a free-text question's answers, newest first. */
    public record AnswerPage(
            int question,
            String questionText,
            List<TaggedAnswer> answers,
            int page,
            int pages,
            long total,
            boolean summaryPublished) {}

    @Transactional(readOnly = true)
    public Themes themes(long id, long consultationId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var c = consultations.find(id, consultationId);
        boolean mayEdit = access.mayEdit(Editors.CONSULTATIONS);
        return new Themes(
                consultations.view(access, c), views(access, c), mayEdit ? links.choices(access) : List.of(), mayEdit);
    }

    @Transactional(readOnly = true)
    public ThemeView theme(long id, long consultationId, long themeId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var c = consultations.find(id, consultationId);
        return view(access, find(c, themeId), count(c).getOrDefault(themeId, 0L));
    }

    /** Adds a theme; refused past {@link #THEMES}. */
    @Transactional
    public ThemeView add(long id, long consultationId, ThemeDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        var link = check(access, details);
        THEMES.check("name", (int) themes.countByConsultationId(c.id()) + 1);
        int number = support.jdbc()
                        .sql("select coalesce(max(number), 0) from consultation_theme where consultation_id = ?")
                        .param(c.id())
                        .query(Integer.class)
                        .single()
                + 1;
        var t = themes.save(Theme.draw(
                c.id(), number, details, link == null ? null : link.kind(), link == null ? null : link.id()));
        record(c, "consultation.audit.themeAdded", Changes.create().note(t.name()));
        return view(access, t, 0);
    }

    /** Rewrites an unpublished theme, as read at {@code seenVersion}. */
    @Transactional
    public ThemeView write(
            long id, long consultationId, long themeId, Integer seenVersion, ThemeDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        var t = find(c, themeId);
        ConcurrentChangeException.check("theme", seenVersion, t.version());
        var link = check(access, details);
        String before = t.response();
        t.write(details, link == null ? null : link.kind(), link == null ? null : link.id());
        var saved = themes.save(t);
        record(
                c,
                "consultation.audit.themeWritten",
                Changes.create()
                        .field("consultation.audit.response", before, saved.response())
                        .note(saved.name()));
        return view(access, saved, count(c).getOrDefault(themeId, 0L));
    }

    /** Publishes the theme's "you said, we did" to the people consulted; it needs what people said and the response. */
    @Transactional
    public ThemeView publish(long id, long consultationId, long themeId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        if (c.status() == ConsultationStatus.DRAFT) {
            throw InvalidInputException.of("", "consultation.theme.draftConsultation");
        }
        var t = find(c, themeId);
        ConcurrentChangeException.check("theme", seenVersion, t.version());
        t.publish(support.clock().instant(), user.personId());
        var saved = themes.save(t);
        record(c, "consultation.audit.themePublished", Changes.create().note(saved.name()));
        return view(access, saved, count(c).getOrDefault(themeId, 0L));
    }

    /** Takes a published theme back, so that it can be corrected. */
    @Transactional
    public ThemeView withdraw(long id, long consultationId, long themeId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        var t = find(c, themeId);
        ConcurrentChangeException.check("theme", seenVersion, t.version());
        t.withdraw();
        var saved = themes.save(t);
        record(c, "consultation.audit.themeWithdrawn", Changes.create().note(saved.name()));
        return view(access, saved, count(c).getOrDefault(themeId, 0L));
    }

    /** Removes an unpublished theme and its tags. */
    @Transactional
    public void remove(long id, long consultationId, long themeId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        var t = find(c, themeId);
        ConcurrentChangeException.check("theme", seenVersion, t.version());
        if (t.publishedAt() != null) {
            throw InvalidInputException.of("", "consultation.theme.published");
        }
        support.jdbc()
                .sql("delete from consultation_tag where theme_id = ?")
                .param(t.id())
                .update();
        themes.delete(t);
        record(c, "consultation.audit.themeRemoved", Changes.create().note(t.name()));
    }

    /** One page (from 1) of the answers to the free-text question numbered {@code question}, newest first. */
    @Transactional(readOnly = true)
    public AnswerPage answers(long id, long consultationId, int question, int page, CurrentUser user) {
        scope.requireRead(id, user);
        var c = consultations.find(id, consultationId);
        var q = freeText(c, question);
        var jdbc = support.jdbc();
        long total = jdbc.sql("select count(*) from consultation_answer where consultation_id = ? and position = ?"
                        + " and text is not null")
                .params(c.id(), question - 1)
                .query(Long.class)
                .single();
        int pages = (int) Math.max(1, (total + ANSWERS_PER_PAGE - 1) / ANSWERS_PER_PAGE);
        int p = Math.min(Math.max(1, page), pages);
        var answers = jdbc.sql("select a.response_id, a.text, r.received_at, a.redacted from consultation_answer a"
                        + " join consultation_response r on r.id = a.response_id"
                        + " where a.consultation_id = ? and a.position = ? and a.text is not null"
                        + " order by r.received_at desc, r.id desc offset ? rows fetch next ? rows only")
                .params(c.id(), question - 1, (p - 1) * ANSWERS_PER_PAGE, ANSWERS_PER_PAGE)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant().atZone(ConsultationService.SCOTLAND),
                    rs.getBoolean(4)
                })
                .list();
        var tags = new HashMap<Long, Set<Long>>();
        if (!answers.isEmpty()) {
            jdbc.sql("select response_id, theme_id from consultation_tag where consultation_id = ? and position = ?")
                    .params(c.id(), question - 1)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .list()
                    .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new HashSet<>())
                            .add(e.getValue()));
        }
        var named = themes.findByConsultationIdOrderByNumber(c.id());
        return new AnswerPage(
                question,
                q.text(),
                answers.stream()
                        .map(a -> {
                            var ids = tags.getOrDefault((Long) a[0], Set.of());
                            return new TaggedAnswer(
                                    (Long) a[0],
                                    (String) a[1],
                                    (ZonedDateTime) a[2],
                                    ids,
                                    named.stream()
                                            .filter(t -> ids.contains(t.id()))
                                            .map(Theme::name)
                                            .toList(),
                                    (Boolean) a[3]);
                        })
                        .toList(),
                p,
                pages,
                total,
                jdbc.sql("select count(*) from consultation_summary where consultation_id = ?")
                                .param(c.id())
                                .query(Long.class)
                                .single()
                        > 0);
    }

    /** Sets the themes one free-text answer carries (none to untag it). */
    @Transactional
    public void tag(long id, long consultationId, long responseId, int question, Set<Long> themeIds, CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        freeText(c, question);
        var jdbc = support.jdbc();
        boolean answered = jdbc.sql("select count(*) from consultation_answer where consultation_id = ?"
                                + " and response_id = ? and position = ? and text is not null")
                        .params(c.id(), responseId, question - 1)
                        .query(Long.class)
                        .single()
                > 0;
        if (!answered) {
            throw new NotFoundException("Answer");
        }
        var own = themes.findByConsultationIdOrderByNumber(c.id()).stream()
                .map(Theme::id)
                .toList();
        var wanted = themeIds == null ? Set.<Long>of() : themeIds;
        if (!own.containsAll(wanted)) {
            throw InvalidInputException.of("themes", "consultation.theme.notThisConsultation");
        }
        jdbc.sql("delete from consultation_tag where response_id = ? and position = ?")
                .params(responseId, question - 1)
                .update();
        for (long theme : wanted) {
            jdbc.sql(
                            "insert into consultation_tag (response_id, position, theme_id, consultation_id) values (?, ?, ?, ?)")
                    .params(responseId, question - 1, theme, c.id())
                    .update();
        }
    }

    private Question freeText(Consultation c, int question) {
        var questions = c.questions();
        if (question < 1
                || question > questions.size()
                || questions.get(question - 1).kind() != QuestionKind.FREE_TEXT) {
            throw new NotFoundException("Question");
        }
        return questions.get(question - 1);
    }

    private scot.cairn.partnership.Records.Ref check(Access access, ThemeDetails d) {
        new InvalidInputException.Collector()
                .rejectIf(ConsultationInput.blank(d.name()), "name", "consultation.theme.nameMissing")
                .rejectIf(ConsultationInput.tooLong(d.name(), 200), "name", "consultation.theme.nameTooLong", 200)
                .rejectIf(ConsultationInput.tooLong(d.said(), 2000), "said", "consultation.theme.tooLong", 2000)
                .rejectIf(ConsultationInput.tooLong(d.response(), 2000), "response", "consultation.theme.tooLong", 2000)
                .rejectIf(ConsultationInput.tooLong(d.change(), 2000), "change", "consultation.theme.tooLong", 2000)
                .throwIfAny();
        return links.resolve(access, d.link(), "link", "consultation.theme.noSuchLink");
    }

    private Theme find(Consultation c, long themeId) {
        return themes.findByIdAndConsultationId(themeId, c.id()).orElseThrow(() -> new NotFoundException("Theme"));
    }

    private Map<Long, Long> count(Consultation c) {
        var counts = new HashMap<Long, Long>();
        support.jdbc()
                .sql("select theme_id, count(*) from consultation_tag where consultation_id = ? group by theme_id")
                .param(c.id())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private List<ThemeView> views(Access access, Consultation c) {
        var counts = count(c);
        return themes.findByConsultationIdOrderByNumber(c.id()).stream()
                .map(t -> view(access, t, counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    private ThemeView view(Access access, Theme t, long answers) {
        return new ThemeView(
                t.id(),
                t.version(),
                t.number(),
                t.name(),
                t.said(),
                t.response(),
                t.change(),
                links.find(access, t.linkKind(), t.linkId()).orElse(null),
                answers,
                t.publishedAt() == null ? null : t.publishedAt().atZone(ConsultationService.SCOTLAND),
                t.publishedBy() == null
                        ? null
                        : access.partnership().namesById().get(t.publishedBy()));
    }

    private void record(Consultation c, String action, Changes changes) {
        support.audit().record(ConsultationService.SUBJECT, c.id(), c.partnershipId(), action, changes.note(c.title()));
    }
}
