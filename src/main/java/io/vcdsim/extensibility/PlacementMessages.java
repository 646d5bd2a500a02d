package io.vcdsim.extensibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VM placement phase's messages in vCD's extensibility schema (namespace
 * {@code http://www.vmware.com/vcloud/extensibility/v1.0}, placement.xsd): the PlacementProposalType vcdsim sends
 * (each new VM a SubjectProposal ranking the hubs it may go to, and the ProposedSolution: the hub vcdsim chose), and
 * what an extension answers: the proposal with the hubs it chose, or an ExtensionErrorMessage. An object extension
 * registered with ContentType JSON gets the same content as JSON, the type named in the {@code messageType} header
 * as the schema's Java binding names it.
 */
final class PlacementMessages {
    static final String NS = "http://www.vmware.com/vcloud/extensibility/v1.0";
    static final String PROPOSAL = "PlacementProposalType";
    static final String ERROR = "ExtensionErrorMessage";
    /** The Java package vCD's extension SDK binds the extensibility schema to: the JSON messages' type ids. */
    static final String JAVA_PACKAGE = "com.vmware.vcloud.extensibility.platform.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One VM to place: its id, and the hubs (moref URIs) it may go to, the first being vcdsim's choice. */
    record Subject(String id, List<String> hubs) {
    }

    /** What an extension answered: where each VM goes (by subject id), or an error. */
    sealed interface Answer permits Placed, Refused {
    }

    record Placed(Map<String, String> hubs) implements Answer {
    }

    record Refused(int majorErrorCode, String minorErrorCode, String message) implements Answer {
    }

    private PlacementMessages() {
    }

    static byte[] proposal(List<Subject> subjects, boolean json) {
        return json ? jsonProposal(subjects) : xmlProposal(subjects);
    }

    private static byte[] xmlProposal(List<Subject> subjects) {
        try {
            Document d = builder().newDocument();
            Element root = d.createElementNS(NS, PROPOSAL);
            d.appendChild(root);
            for (Subject s : subjects) {
                Element proposal = child(root, "SubjectProposal");
                proposal.setAttribute("subjectId", s.id());
                proposal.setAttribute("subjectType", "VirtualMachine");
                proposal.setAttribute("existing", "false");
                for (String hub : s.hubs()) {
                    Element rank = child(proposal, "RankData");
                    rank.setAttribute("hubUri", hub);
                    Element hubRank = child(rank, "HubRank");
                    hubRank.setAttribute("deploymentTime", "0");
                    hubRank.setAttribute("preference", "urn:placement:hubPreference:neutral");
                    child(hubRank, "RankMetrics");
                }
                child(proposal, "RejectedHubs");
            }
            Element solution = child(root, "ProposedSolution");
            for (Subject s : subjects) {
                Element assignment = child(solution, "SubjectHubAssignment");
                assignment.setAttribute("subjectId", s.id());
                assignment.setAttribute("hubUri", s.hubs().get(0));
            }
            return write(d);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var t = TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(e);
        return e;
    }

    private static byte[] jsonProposal(List<Subject> subjects) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode proposals = root.putArray("subjectProposal");
        ArrayNode assignments = root.putObject("proposedSolution").putArray("subjectHubAssignment");
        for (Subject s : subjects) {
            ObjectNode proposal = proposals.addObject();
            ArrayNode ranks = proposal.putArray("rankData");
            for (String hub : s.hubs()) {
                ObjectNode rank = ranks.addObject();
                rank.putArray("hubRank").addObject().put("deploymentTime", 0)
                        .put("preference", "urn:placement:hubPreference:neutral").putObject("rankMetrics");
                rank.put("hubUri", hub);
            }
            proposal.putObject("rejectedHubs").putArray("rejectedHub");
            proposal.put("subjectId", s.id()).put("subjectType", "VirtualMachine").put("existing", false);
            assignments.addObject().put("subjectId", s.id()).put("hubUri", s.hubs().get(0));
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ExtensionErrorMessage vCD sends an extension whose invocation failed (no answer in time, say). */
    static byte[] error(String message, int majorErrorCode, String minorErrorCode, boolean json) {
        try {
            if (json) {
                return JSON.writeValueAsBytes(JSON.createObjectNode().put("message", message)
                        .put("majorErrorCode", majorErrorCode).put("minorErrorCode", minorErrorCode));
            }
            Document d = builder().newDocument();
            Element root = d.createElementNS(NS, ERROR);
            d.appendChild(root);
            root.setAttribute("message", message);
            root.setAttribute("majorErrorCode", Integer.toString(majorErrorCode));
            root.setAttribute("minorErrorCode", minorErrorCode);
            return write(d);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads an extension's answer; an IllegalArgumentException says why it is not one. */
    static Answer answer(byte[] body, String contentType, String messageType) {
        boolean json = contentType != null ? contentType.contains("json")
                : body.length > 0 && (body[0] == '{' || body[0] == '[');
        return json ? jsonAnswer(body, messageType) : xmlAnswer(body);
    }

    private static Answer xmlAnswer(byte[] body) {
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("it is not XML (" + e.getMessage() + ")");
        }
        if (!NS.equals(root.getNamespaceURI())) {
            throw new IllegalArgumentException("its root element is not in " + NS);
        }
        if (root.getLocalName().equals(ERROR)) {
            return refused(root.getAttribute("majorErrorCode"), root.getAttribute("minorErrorCode"),
                    root.getAttribute("message"));
        }
        if (!root.getLocalName().equals(PROPOSAL)) {
            throw new IllegalArgumentException("its root element " + root.getLocalName() + " is neither " + PROPOSAL
                    + " nor " + ERROR);
        }
        Map<String, String> hubs = new LinkedHashMap<>();
        NodeList assignments = root.getElementsByTagNameNS(NS, "SubjectHubAssignment");
        for (int i = 0; i < assignments.getLength(); i++) {
            Element a = (Element) assignments.item(i);
            if (a.getParentNode() instanceof Element parent && parent.getLocalName().equals("ProposedSolution")
                    && !a.getAttribute("hubUri").isEmpty()) {
                hubs.put(a.getAttribute("subjectId"), a.getAttribute("hubUri"));
            }
        }
        return new Placed(hubs);
    }

    private static Answer jsonAnswer(byte[] body, String messageType) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("it is not JSON (" + e.getMessage() + ")");
        }
        if ((JAVA_PACKAGE + ERROR).equals(messageType) || root.has("majorErrorCode")) {
            return refused(root.path("majorErrorCode").asText(), root.path("minorErrorCode").asText(),
                    root.path("message").asText());
        }
        Map<String, String> hubs = new LinkedHashMap<>();
        for (JsonNode a : root.path("proposedSolution").path("subjectHubAssignment")) {
            if (a.hasNonNull("hubUri")) {
                hubs.put(a.path("subjectId").asText(), a.get("hubUri").asText());
            }
        }
        return new Placed(hubs);
    }

    private static Refused refused(String major, String minor, String message) {
        int code;
        try {
            code = Integer.parseInt(major.trim());
        } catch (NumberFormatException e) {
            code = 500;
        }
        return new Refused(code, minor == null || minor.isBlank() ? null : minor, message);
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
