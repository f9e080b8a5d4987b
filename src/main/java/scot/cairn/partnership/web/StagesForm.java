package scot.cairn.partnership.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.StageDates;

/**
 * The stage dates form: row {@code i} is for {@code Stage.LIFECYCLE.get(i)} and binds as
 * {@code stages[i].plannedStart}, so the service's errors for {@code stages[i]} land on it. A mutable bean rather than
 * a record on purpose: with setter binding an unreadable date becomes an error on that one field while every other
 * date the user typed is kept, where constructor binding would drop them all.
 */
class StagesForm {

    private Integer version;
    private List<Row> stages = new ArrayList<>();

    static StagesForm of(PartnershipView p) {
        var form = new StagesForm();
        form.version = p.version();
        p.stages()
                .forEach(s ->
                        form.stages.add(new Row(s.plannedStart(), s.plannedEnd(), s.actualStart(), s.actualEnd())));
        return form;
    }

    /** One row per lifecycle stage; rows the browser did not send count as all dates unknown. */
    List<StageDates> dates() {
        var dates = new ArrayList<StageDates>();
        for (int i = 0; i < Stage.LIFECYCLE.size(); i++) {
            var r = i < stages.size() && stages.get(i) != null ? stages.get(i) : new Row();
            dates.add(new StageDates(Stage.LIFECYCLE.get(i), r.plannedStart, r.plannedEnd, r.actualStart, r.actualEnd));
        }
        return dates;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public List<Row> getStages() {
        return stages;
    }

    public void setStages(List<Row> stages) {
        this.stages = stages;
    }

    /** Dates as the browser's date inputs send them (2027-03-27); empty means not known yet. */
    public static class Row {

        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate plannedStart;

        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate plannedEnd;

        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate actualStart;

        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate actualEnd;

        public Row() {}

        Row(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {
            this.plannedStart = plannedStart;
            this.plannedEnd = plannedEnd;
            this.actualStart = actualStart;
            this.actualEnd = actualEnd;
        }

        public LocalDate getPlannedStart() {
            return plannedStart;
        }

        public void setPlannedStart(LocalDate plannedStart) {
            this.plannedStart = plannedStart;
        }

        public LocalDate getPlannedEnd() {
            return plannedEnd;
        }

        public void setPlannedEnd(LocalDate plannedEnd) {
            this.plannedEnd = plannedEnd;
        }

        public LocalDate getActualStart() {
            return actualStart;
        }

        public void setActualStart(LocalDate actualStart) {
            this.actualStart = actualStart;
        }

        public LocalDate getActualEnd() {
            return actualEnd;
        }

        public void setActualEnd(LocalDate actualEnd) {
            this.actualEnd = actualEnd;
        }
    }
}
