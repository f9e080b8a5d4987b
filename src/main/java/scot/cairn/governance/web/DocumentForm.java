package scot.cairn.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The edit form of a document: the text of each section, keyed by section, with the version number the editor
 * started from and its lock version. A class rather than a record so that {@code sections[key]} binds into the map.
 */
public class DocumentForm {

    private Integer basedOn;
    private Integer version;
    private Map<String, String> sections = new LinkedHashMap<>();

    public Integer getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(Integer basedOn) {
        this.basedOn = basedOn;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }
}
