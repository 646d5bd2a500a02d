package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** VmQuestionAnswer: the answer (a choice's id) to the question a VM asks (its id). */
@XmlRootElement(name = "VmQuestionAnswer")
@XmlType(name = "VmQuestionAnswerType", propOrder = {"choiceId", "questionId"})
public class VmQuestionAnswer {
    @XmlElement(name = "ChoiceId") public Integer choiceId;
    @XmlElement(name = "QuestionId") public String questionId;
}
