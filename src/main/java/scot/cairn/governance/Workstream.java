package scot.cairn.governance;

import org.springframework.data.relational.core.mapping.Table;

/** A piece of the project team's work, named uniquely within the team, led by one of its members. */
@Table("governance_workstream")
record Workstream(String name, Long leadPersonId) {}
