package io.vcdsim.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** VmPendingQuestion: what a VM waiting for input asks, and the answers it offers. */
@XmlRootElement(name = "VmPendingQuestion")
@XmlType(name = "VmPendingQuestionType", propOrder = {"question", "questionId", "choices"})
public class VmPendingQuestion extends Resource {
    @XmlElement(name = "Question") public String question;
    @XmlElement(name = "QuestionId") public String questionId;
    @XmlElement(name = "Choices") public List<Choice> choices = new ArrayList<>();

    /** VmQuestionAnswerChoiceType: an answer, by its id. */
    @XmlType(name = "VmQuestionAnswerChoiceType", propOrder = {"id", "text"})
    public static class Choice {
        @XmlElement(name = "Id") public Integer id;
        @XmlElement(name = "Text") public String text;
    }
}
