package io.vcdsim.tasks;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each operationName does: its work, what undoes what starting it made, whether it is open
 * (ends when something outside says so) and which object event its end announces.
 */
final class Operations {
    private final Map<String, Work> works = new ConcurrentHashMap<>();
    private final Map<String, Work> undos = new ConcurrentHashMap<>();
    private final Map<String, Work.Readiness> open = new ConcurrentHashMap<>();
    private final Map<String, String> announced = new ConcurrentHashMap<>();

    void work(String operationName, Work work) {
        works.put(operationName, work);
    }

    void undo(String operationName, Work undo) {
        undos.put(operationName, undo);
    }

    void open(String operationName, Work.Readiness ready) {
        open.put(operationName, ready);
    }

    void announce(String operationName, String eventType) {
        announced.put(operationName, eventType);
    }

    /** The work, or null for an operationName this cell does not know. */
    Work work(String operationName) {
        return works.get(operationName);
    }

    /** What undoes what starting the operation made, or null when starting it made nothing. */
    Work undo(String operationName) {
        return undos.get(operationName);
    }

    /** The condition an open operation waits for, or null for a timed one. */
    Work.Readiness readiness(String operationName) {
        return open.get(operationName);
    }

    boolean isOpen(String operationName) {
        return open.containsKey(operationName);
    }

    /** The object event ("catalog/create") the operation's end announces, or null. */
    String announcement(String operationName) {
        return announced.get(operationName);
    }

    SortedSet<String> names() {
        return new TreeSet<>(works.keySet());
    }
}
