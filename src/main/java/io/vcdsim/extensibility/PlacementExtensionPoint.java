package io.vcdsim.extensibility;

import com.rabbitmq.client.Delivery;
import io.vcdsim.compute.VmPlacement;
import io.vcdsim.core.ApiException;
import io.vcdsim.events.ReplyChannel;
import io.vcdsim.store.InventoryStore;
import io.vcdsim.store.ObjectExtensionStore;
import io.vcdsim.store.ObjectExtensionStore.Invocation;
import io.vcdsim.store.TaskRow;
import io.vcdsim.store.Tx;
import io.vcdsim.store.VdcRow;
import io.vcdsim.store.VmRow;
import io.vcdsim.tasks.TaskEngine;
import io.vcdsim.tasks.WorkWaits;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * vCD's VM placement phase ({@code urn:extensionPoint:vm:calculateSolution}) in a task that makes VMs: each enabled
 * object extension an enabled selector extension assigns to the VMs' provider VDC, VDC or organization (or to any of
 * them) at that phase is sent the placement proposal on its exchange, routing key the phase, lowest priority first,
 * each shown what the one before chose. A blocking one's answer decides the VMs' resource pool or host; its error
 * fails the task with its message. An answer that does not come within the timeout, a broker that cannot be reached
 * or an answer that cannot be read leaves the proposal as it was for an optional phase and fails the task for a
 * required one. While an answer is awaited the task's work is rolled back and waits ({@link WorkWaits}): finisher
 * threads do not, and nothing is half-applied.
 */
public final class PlacementExtensionPoint implements VmPlacement {
    private final ReplyChannel channel;
    private final TaskEngine engine;
    private final Duration timeout;
    private final PendingCalls calls = new PendingCalls();

    public PlacementExtensionPoint(ReplyChannel channel, TaskEngine engine, Duration timeout) {
        this.channel = channel;
        this.engine = engine;
        this.timeout = timeout;
    }

    @Override
    public void place(Tx tx, TaskRow task, VdcRow vdc, List<VmRow> vms) {
        ObjectExtensionStore extensions = tx.store(ObjectExtensionStore::new);
        if (vms.isEmpty() || !extensions.anyAt(ExtensionPoints.CALCULATE_SOLUTION)) {
            return;
        }
        calls.forgetOlderThan(timeout.multipliedBy(10)); // canceled tasks' calls: never asked for again
        InventoryStore inventory = tx.store(InventoryStore::new);
        UUID providerVdc = inventory.providerVdcOf(vdc.id());
        Map<String, UUID> context = new LinkedHashMap<>();
        context.put(SelectorType.PROVIDER_VDC.storedName(), providerVdc);
        context.put(SelectorType.ORGANIZATION_VDC.storedName(), vdc.id());
        context.put(SelectorType.ORGANIZATION.storedName(), vdc.orgId());
        List<Invocation> invocations = extensions.invocations(ExtensionPoints.CALCULATE_SOLUTION, context);
        if (invocations.isEmpty() || providerVdc == null) {
            return;
        }
        Hubs hubs = Hubs.of(inventory, providerVdc);
        if (hubs.isEmpty()) {
            return; // no enabled pool to place on: what vcdsim does without extensions
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        vms.forEach(vm -> chosen.put(vm.id().toString(), hubs.defaultHub()));
        for (Invocation invocation : invocations) {
            Outcome outcome = outcome(task, invocation, hubs.proposal(chosen));
            ApiException unknown = hubs.unknownIn(outcome.hubs(), invocation.extension().namespace());
            if (unknown != null) {
                outcome = Outcome.failed(unknown);
            }
            if (outcome.tell() && calls.firstFailure(task.id(), invocation.extension().id())) {
                tellFailure(invocation.extension(), outcome.failure());
            }
            if (outcome.failure() == null) {
                outcome.hubs().forEach((vm, hub) -> {
                    if (chosen.containsKey(vm)) {
                        chosen.put(vm, hub);
                    }
                });
            } else if (!invocation.phase().optional()) {
                throw outcome.failure();
            }
        }
        hubs.apply(tx, vms, chosen);
        tx.handle().afterCommit(() -> calls.forget(task.id()));
    }

    /** Tells an extension its invocation failed, as vCD does (an ExtensionErrorMessage); a broker down is no matter. */
    private void tellFailure(ObjectExtensionStore.Extension e, ApiException failure) {
        boolean json = e.contentType().equals("JSON");
        try {
            channel.tell(e.exchange(), ExtensionPoints.CALCULATE_SOLUTION, json ? "application/json" : "application/xml",
                    Map.of("messageType", PlacementMessages.JAVA_PACKAGE + PlacementMessages.ERROR),
                    PlacementMessages.error(failure.getMessage(), failure.status(), failure.minorErrorCode(), json));
        } catch (ReplyChannel.Unsent unreachable) {
            // nobody to tell: the failure stands as it is
        }
    }

    /**
     * What one extension made of the proposal: the hubs it chose, or why it chose none, and whether to tell it so
     * (not when the failure is its own error answer).
     */
    private record Outcome(Map<String, String> hubs, ApiException failure, boolean tell) {
        static Outcome failed(ApiException failure) {
            return new Outcome(Map.of(), failure, true);
        }
    }

    /** Asks the extension (once per task), or reads its answer; throws WorkWaits while the answer is awaited. */
    private Outcome outcome(TaskRow task, Invocation invocation, List<PlacementMessages.Subject> proposal) {
        ObjectExtensionStore.Extension e = invocation.extension();
        boolean blocking = invocation.phase().type().equals(ExtensionPoints.BLOCKING);
        CompletableFuture<Delivery> reply = calls.get(task.id(), e.id());
        if (reply == null) {
            boolean json = e.contentType().equals("JSON");
            try {
                reply = channel.request(e.exchange(), ExtensionPoints.CALCULATE_SOLUTION, json ? "application/json"
                        : "application/xml", Map.of("messageType", PlacementMessages.JAVA_PACKAGE
                        + PlacementMessages.PROPOSAL), PlacementMessages.proposal(proposal, json), timeout);
            } catch (ReplyChannel.Unsent unsent) {
                reply = CompletableFuture.failedFuture(unsent);
            }
            calls.put(task.id(), e.id(), reply);
            if (blocking && !reply.isDone()) {
                reply.whenComplete((r, x) -> engine.poke(task.id())); // answered or timed out: run the work again
                throw new WorkWaits(timeout.toMillis() + 1_000);
            }
        }
        if (!blocking) {
            return new Outcome(Map.of(), null, false); // told, not waited for: vCD goes on at once
        }
        if (!reply.isDone()) {
            throw new WorkWaits(timeout.toMillis());
        }
        return read(e, reply);
    }

    private Outcome read(ObjectExtensionStore.Extension e, CompletableFuture<Delivery> reply) {
        String name = "Object extension " + e.namespace();
        Delivery d;
        try {
            d = reply.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException x) {
            Throwable cause = x.getCause() == null ? x : x.getCause();
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return Outcome.failed(new ApiException(504, "GATEWAY_TIMEOUT", name + " did not answer at "
                        + ExtensionPoints.CALCULATE_SOLUTION + " within " + timeout.toMillis() + " ms."));
            }
            return Outcome.failed(new ApiException(503, "SERVICE_UNAVAILABLE", name + " cannot be reached at "
                    + ExtensionPoints.CALCULATE_SOLUTION + ": " + cause.getMessage() + "."));
        }
        Object type = d.getProperties().getHeaders() == null ? null
                : d.getProperties().getHeaders().get("messageType");
        PlacementMessages.Answer answer;
        try {
            answer = PlacementMessages.answer(d.getBody(), d.getProperties().getContentType(),
                    type == null ? null : type.toString());
        } catch (IllegalArgumentException bad) {
            return Outcome.failed(new ApiException(500, "INTERNAL_SERVER_ERROR", name + " answered what is not a "
                    + "placement: " + bad.getMessage() + "."));
        }
        if (answer instanceof PlacementMessages.Refused r) {
            int status = r.majorErrorCode() >= 400 && r.majorErrorCode() <= 599 ? r.majorErrorCode() : 500;
            return new Outcome(Map.of(), new ApiException(status, r.minorErrorCode() == null
                    ? "INTERNAL_SERVER_ERROR" : r.minorErrorCode(), r.message()), false);
        }
        return new Outcome(((PlacementMessages.Placed) answer).hubs(), null, false);
    }
}
