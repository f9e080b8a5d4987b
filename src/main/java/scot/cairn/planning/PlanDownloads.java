package scot.cairn.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Download;

/**
 * The whole plan as files for whoever may read it, in the reader's language: an XLSX workbook (a sheet of tasks and
 * one of milestones, with slippage once a baseline is approved) and an iCalendar file with every open task's due date
 * and every milestone as all-day events, which calendars keep up to date by their stable ids.
 */
@Service
public class PlanDownloads {

    public static final String ICALENDAR = "text/calendar";

    static final List<String> TASK_COLUMNS = List.of(
            "planning.task.number",
            "planning.task.title",
            "planning.task.workstream",
            "planning.task.stage",
            "planning.task.owner",
            "planning.task.start",
            "planning.task.due",
            "planning.task.status",
            "planning.progress.percent",
            "planning.task.dependsOn",
            "planning.progress.reason",
            "planning.export.baselineDue",
            "planning.export.slipDays",
            "planning.export.workPackage");

    static final List<String> MILESTONE_COLUMNS = List.of(
            "planning.milestone.title",
            "planning.milestone.due",
            "planning.task.owner",
            "planning.milestone.reached",
            "planning.export.baselineDue",
            "planning.export.slipDays");

    private final PlanService plans;
    private final MessageSource messages;

    PlanDownloads(PlanService plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Download workbook(long id, CurrentUser user) {
        var plan = plans.whole(id, user);
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var tasks = sheet(workbook, "planning.export.tasksSheet", TASK_COLUMNS, bold);
            int r = 1;
            for (var t : plan.tasks()) {
                var row = tasks.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(t.reference());
                row.createCell(c++).setCellValue(t.title());
                row.createCell(c++).setCellValue(t.workstream() == null ? "" : t.workstream());
                row.createCell(c++)
                        .setCellValue(t.stage() == null ? "" : words(t.stage().labelKey()));
                row.createCell(c++).setCellValue(name(t.ownerName()));
                row.createCell(c++).setCellValue(t.start().toString());
                row.createCell(c++).setCellValue(t.due().toString());
                row.createCell(c++).setCellValue(words(t.status().labelKey()));
                row.createCell(c++).setCellValue(t.percent());
                row.createCell(c++).setCellValue(String.join(", ", t.dependsOn()));
                row.createCell(c++).setCellValue(t.blockedReason() == null ? "" : t.blockedReason());
                baseline(row, c, t.baselineDue(), t.slipDays());
                row.createCell(c + 2).setCellValue(t.workPackage() == null ? "" : t.workPackage());
            }
            tasks.setColumnWidth(1, 50 * 256);
            var milestones = sheet(workbook, "planning.export.milestonesSheet", MILESTONE_COLUMNS, bold);
            r = 1;
            for (var m : plan.milestones()) {
                var row = milestones.createRow(r++);
                row.createCell(0).setCellValue(m.title());
                row.createCell(1).setCellValue(m.due().toString());
                row.createCell(2).setCellValue(name(m.ownerName()));
                row.createCell(3)
                        .setCellValue(m.reachedOn() == null ? "" : m.reachedOn().toString());
                baseline(row, 4, m.baselineDue(), m.slipDays());
            }
            milestones.setColumnWidth(0, 50 * 256);
            workbook.write(out);
            return new Download(fileName(id, "xlsx"), Download.XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public Download calendar(long id, CurrentUser user) {
        var plan = plans.whole(id, user);
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Cairn//Plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (var t : plan.tasks()) {
            if (t.status() != TaskStatus.DONE) {
                calendar.add(event(
                        "cairn-task-" + t.id(),
                        t.due(),
                        words("planning.export.taskDue", t.reference(), t.title()),
                        words("planning.export.taskDescription", name(t.ownerName()), t.percent())));
            }
        }
        for (var m : plan.milestones()) {
            calendar.add(event(
                    "cairn-milestone-" + m.id(),
                    m.reachedOn() != null ? m.reachedOn() : m.due(),
                    words("planning.export.milestone", m.title()),
                    words("planning.export.milestoneDescription", name(m.ownerName()))));
        }
        try (var out = new ByteArrayOutputStream()) {
            new CalendarOutputter(false).output(calendar, out);
            return new Download(fileName(id, "ics"), ICALENDAR + ";charset=UTF-8", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An all-day event on {@code day}, whose id stays the same however often the file is downloaded. */
    private VEvent event(String uid, java.time.LocalDate day, String summary, String description) {
        var event = new VEvent(day, day.plusDays(1), summary);
        event.add(new Uid(uid + "@cairn"));
        event.add(new Description(description));
        return event;
    }

    private Sheet sheet(
            XSSFWorkbook workbook, String name, List<String> columns, org.apache.poi.ss.usermodel.CellStyle bold) {
        var sheet = workbook.createSheet(words(name));
        var heading = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            var cell = heading.createCell(c);
            cell.setCellValue(words(columns.get(c)));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void baseline(Row row, int c, java.time.LocalDate was, Long slip) {
        row.createCell(c).setCellValue(was == null ? "" : was.toString());
        if (slip != null) {
            row.createCell(c + 1).setCellValue(slip);
        }
    }

    private String name(String name) {
        return name == null ? words("planning.formerMember") : name;
    }

    private String words(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }

    /** "plan-12.xlsx": the partnership's number keeps files of several partnerships apart. */
    static String fileName(long id, String extension) {
        return "plan-" + id + "." + extension;
    }
}
