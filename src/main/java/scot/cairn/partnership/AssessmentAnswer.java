package scot.cairn.partnership;

import org.springframework.data.relational.core.mapping.Table;

/** The evidence for one assessment question and how strongly it answers it. */
@Table("partnership_assessment_answer")
record AssessmentAnswer(AssessmentQuestion question, String evidence, Rating rating) {}
