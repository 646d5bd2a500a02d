package io.vcdsim;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * A small HTTP client that talks to vcdsim the way the real clients do: Accept with ;version=,
 * the token in a header, bodies with exact vCloud media types. Responses are read as DOM.
 */
public final class Http {
    public static final String NS = "http://www.vmware.com/vcloud/v1.5";
    public static final String VMEXT = "http://www.vmware.com/vcloud/extension/v1.5";
    private final HttpClient client;
    private final String base;
    private String token;
    private String tokenHeader = "Authorization";
    private String version = "36.0";
    private String rebased;

    public Http(String base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public Http(String base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    public String base() {
        return base;
    }

    public Http version(String v) {
        this.version = v;
        return this;
    }

    public Http token(String t) {
        this.token = t;
        return this;
    }

    /** Which header carries the token: Authorization (Bearer), x-vcloud-authorization or X-Vmware-Vcloud-Access-Token. */
    public Http tokenHeader(String h) {
        this.tokenHeader = h;
        return this;
    }

    public String token() {
        return token;
    }

    /** Sends requests for absolute hrefs of {@code oldBase} (a server since restarted elsewhere) to this base. */
    public Http rebasing(String oldBase) {
        this.rebased = oldBase;
        return this;
    }

    /** Logs in through /cloudapi (System users through /sessions/provider) and keeps the token. */
    public Http login(String user, String org, String password) {
        Res r = loginRaw(user, org, password, org.equalsIgnoreCase("system") ? "/sessions/provider" : "/sessions");
        if (r.status != 200) {
            throw new AssertionError("login failed: " + r.status + " " + r.body);
        }
        this.token = r.header("X-VMWARE-VCLOUD-ACCESS-TOKEN");
        return this;
    }

    public Res loginRaw(String user, String org, String password, String suffix) {
        return send(HttpRequest.newBuilder(URI.create(base + "/cloudapi/1.0.0" + suffix))
                .header("Authorization", basic(user, org, password))
                .header("Accept", "application/json;version=" + version)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static String basic(String user, String org, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + "@" + org + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public Res get(String path) {
        return send(request(path).GET());
    }

    public Res delete(String path) {
        return send(request(path).DELETE());
    }

    public Res post(String path, String contentType, String body) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A PUT; without a content type (null) as go-vcloud-director sends some. */
    public Res put(String path, String contentType, String body) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A cloudapi request as go-vcloud-director builds it: JSON at this API version. */
    public HttpRequest.Builder cloud(String path) {
        return request(path).setHeader("Accept", "application/json;version=" + version);
    }

    public HttpRequest.Builder request(String path) {
        String at = rebased != null && path.startsWith(rebased) ? base + path.substring(rebased.length()) : path;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(at.startsWith("http") ? at : base + at))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/*+xml;version=" + version);
        if (token != null) {
            b.header(tokenHeader, tokenHeader.equals("Authorization") ? "Bearer " + token : token);
        }
        return b;
    }

    /** Polls a task (a Task body, or an entity's Tasks/Task[0]) as pyvcloud's task monitor does, until it ends. */
    public Res awaitTask(Res withTask) {
        Element task = withTask.root().getLocalName().equals("Task") ? withTask.root()
                : Res.children(withTask.child("Tasks"), "Task").get(0);
        String href = task.getAttribute("href");
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            Res r = get(href);
            String status = r.attr("status");
            if (List.of("success", "error", "canceled", "aborted").contains(status)) {
                return r;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("task still " + status + ": " + r.body);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Res(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response, with DOM helpers for the XML body. */
    public static final class Res {
        public final int status;
        public final String body;
        public final HttpResponse<byte[]> raw;
        private Document doc;

        Res(int status, String body, HttpResponse<byte[]> raw) {
            this.status = status;
            this.body = body;
            this.raw = raw;
        }

        /** The body as JSON (cloudapi answers). */
        public com.fasterxml.jackson.databind.JsonNode json() {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public Element root() {
            if (doc == null) {
                try {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
                } catch (Exception e) {
                    throw new AssertionError("not XML (" + status + "): " + body, e);
                }
            }
            return doc.getDocumentElement();
        }

        public String attr(String name) {
            return root().getAttribute(name);
        }

        /** Children of the root in the vCloud namespace with this local name. */
        public List<Element> children(String localName) {
            return children(root(), localName);
        }

        public static List<Element> children(Element parent, String localName) {
            return children(parent, NS, localName);
        }

        /** Children in another namespace, such as the extension namespace of vmext documents. */
        public static List<Element> children(Element parent, String ns, String localName) {
            List<Element> out = new ArrayList<>();
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                Node n = nodes.item(i);
                if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && e.getLocalName().equals(localName)) {
                    out.add(e);
                }
            }
            return out;
        }

        public Element child(String localName) {
            List<Element> c = children(localName);
            return c.isEmpty() ? null : c.get(0);
        }

        /** The text of the root's child in the extension (vmext) namespace. */
        public String vmextText(String localName) {
            List<Element> c = children(root(), VMEXT, localName);
            return c.isEmpty() ? null : c.get(0).getTextContent();
        }

        public String childText(String localName) {
            Element e = child(localName);
            return e == null ? null : e.getTextContent();
        }

        /** Links with exactly this rel and type (type null = no type attribute), as clients match them. */
        public List<Element> links(String rel, String type) {
            List<Element> out = new ArrayList<>();
            for (Element l : children("Link")) {
                boolean typeOk = type == null ? !l.hasAttribute("type") : type.equals(l.getAttribute("type"));
                if (rel.equals(l.getAttribute("rel")) && typeOk) {
                    out.add(l);
                }
            }
            return out;
        }

        public String link(String rel, String type) {
            List<Element> l = links(rel, type);
            if (l.size() != 1) {
                throw new AssertionError("expected one link rel=" + rel + " type=" + type + ", found " + l.size()
                        + " in " + body);
            }
            return l.get(0).getAttribute("href");
        }

        /** For Error documents: majorErrorCode, minorErrorCode. */
        public String minor() {
            return attr("minorErrorCode");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
