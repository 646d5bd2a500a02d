package io.vcdsim.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.blocking.BlockingTasks;
import io.vcdsim.core.Kind;
import io.vcdsim.core.ObjectRef;
import io.vcdsim.store.EventRow;
import io.vcdsim.tasks.TaskEvents;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An event as vCD announces it over AMQP (task spec §4.5–4.8): routing key, headers, and the body in
 * the XML (vmext:Notification) and JSON forms. Task and blocking-task events name their task.
 */
public record Notification(UUID eventId, String type, String routingKey, Map<String, Object> headers, byte[] xml,
                           byte[] json) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    public static Notification of(EventRow e, String baseUrl) {
        // no source names a task/cancel notification: a canceled task is announced as aborted (§4.3)
        String type = e.type().equals(TaskEvents.PREFIX + "cancel") ? TaskEvents.PREFIX + "abort" : e.type();
        boolean blocking = type.startsWith(BlockingTasks.EVENT_PREFIX);
        boolean task = type.startsWith(TaskEvents.PREFIX);
        ObjectRef about = e.entity();
        String entityKind = blocking ? Kind.BLOCKING_TASK.urnType : task ? Kind.TASK.urnType : urnType(about);
        UUID entityId = blocking ? e.entityId() : task ? e.taskId() : e.entityId();
        String aboutName = about == null ? null : about.name();
        String taskName = blocking ? aboutName : task ? e.details() : null;
        String entityName = blocking || task ? taskName : aboutName;

        StringBuilder key = new StringBuilder().append(e.success()).append('.').append(id(entityId)).append('.')
                .append(id(e.orgId())).append('.').append(id(e.userId())).append('.').append(type.replace('/', '.'));
        if (taskName != null) {
            key.append('.').append(taskName);
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("notification.type", type);
        headers.put("notification.entityType", entityKind);
        headers.put("notification.entityUUID", id(entityId));
        headers.put("notification.orgUUID", id(e.orgId()));
        headers.put("notification.userUUID", id(e.userId()));
        headers.put("notification.operationSuccess", Boolean.toString(e.success()));
        if (e.taskId() != null) {
            headers.put("notification.taskUUID", e.taskId().toString());
        }

        String time = TIME.format(e.time().atOffset(ZoneOffset.UTC));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vmext:Notification "
                + "xmlns:vmext=\"http://www.vmware.com/vcloud/extension/v1.5\" xmlns:vcloud=\"http://www.vmware.com/"
                + "vcloud/v1.5\" type=\"").append(esc(type)).append("\" eventId=\"").append(e.id()).append("\">");
        xml.append("<vmext:Link rel=\"entityResolver\" href=\"").append(esc(baseUrl)).append("/api/entity/\"/>");
        entityLink(xml, "entity", entityKind, entityName, urn(entityKind, entityId));
        entityLink(xml, "down", "user", e.userName(), urn("user", e.userId()));
        entityLink(xml, "up", "org", null, urn("org", e.orgId()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("eventId", e.id().toString());
        json.put("type", type);
        json.put("timestamp", time);
        json.put("operationSuccess", e.success());
        json.put("user", urn("user", e.userId()));
        json.put("org", urn("org", e.orgId()));
        json.put("entity", urn(entityKind, entityId));
        if (blocking || task) {
            String owner = blocking ? null : urn(urnType(about), e.entityId());
            if (blocking) {
                entityLink(xml, "task", "task", taskName, urn("task", e.taskId()));
            }
            if (owner != null) {
                entityLink(xml, "task:owner", urnType(about), null, owner);
            }
            json.put("task", urn("task", e.taskId()));
            json.put("taskOwner", owner);
        }
        xml.append("<vmext:Timestamp>").append(time).append("</vmext:Timestamp><vmext:OperationSuccess>")
                .append(e.success()).append("</vmext:OperationSuccess></vmext:Notification>");
        try {
            return new Notification(e.id(), type, key.toString(), headers, xml.toString().getBytes(StandardCharsets.UTF_8),
                    JSON.writeValueAsBytes(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The URN type of the object an event is about: its kind's, or "entity" for an object not of ours. */
    private static String urnType(ObjectRef about) {
        return about == null || about.kind() == null ? "entity" : about.kind().urnType;
    }

    /**
     * Throws when the broker would refuse this message: AMQP short strings (the routing key, the
     * message type) hold at most 255 bytes.
     */
    void requireDeliverable() {
        for (String shortString : new String[]{routingKey, type}) {
            int bytes = shortString.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > 255) {
                throw new IllegalArgumentException("an AMQP short string of " + bytes + " bytes (at most 255): "
                        + shortString.substring(0, 64) + "...");
            }
        }
    }

    private static void entityLink(StringBuilder xml, String rel, String kind, String name, String id) {
        if (id == null) {
            return;
        }
        xml.append("<vmext:EntityLink rel=\"").append(rel).append("\" type=\"vcloud:").append(esc(kind)).append('"');
        if (name != null) {
            xml.append(" name=\"").append(esc(name)).append('"');
        }
        xml.append(" id=\"").append(esc(id)).append("\"/>");
    }

    private static String urn(String kind, UUID id) {
        return id == null ? null : "urn:vcloud:" + kind + ":" + id;
    }

    private static String id(UUID id) {
        return id == null ? "" : id.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
