package io.vcdsim.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** An interrupt waits while one of vcdsim's threads does work that must not see it, and is not lost. */
class UninterruptibleTest {
    @Test
    void anInterruptDuringTheCallArrivesWhenItReturns() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<String> seen = new AtomicReference<>();
        Thread t = Uninterruptible.threads("uninterruptible-test", true).newThread(() -> {
            String during = Uninterruptible.call(() -> {
                inside.countDown();
                await(interrupted);
                try {
                    Thread.sleep(20); // what H2 does while it waits for a map: it must not be woken
                    return "slept, flag " + Thread.currentThread().isInterrupted();
                } catch (InterruptedException e) {
                    return "woken";
                }
            });
            seen.set(during + "; after: flag " + Thread.currentThread().isInterrupted());
        });
        t.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        t.interrupt();
        interrupted.countDown();
        t.join(5_000);
        assertThat(seen.get()).isEqualTo("slept, flag false; after: flag true");
    }

    @Test
    void anInterruptBeforeTheCallIsSetAsideForItOnAnyThread() throws Exception {
        for (ThreadFactory threads : List.<ThreadFactory>of(Uninterruptible.threads("test", true), Thread::new)) {
            AtomicReference<String> seen = new AtomicReference<>();
            Thread thread = threads.newThread(() -> {
                Thread.currentThread().interrupt();
                String during = Uninterruptible.call(() -> "flag " + Thread.currentThread().isInterrupted());
                seen.set(during + "; after: flag " + Thread.interrupted());
            });
            thread.start();
            thread.join(5_000);
            assertThat(seen.get()).as(thread.getClass().getSimpleName()).isEqualTo("flag false; after: flag true");
        }
    }

    @Test
    void anInterruptOutsideACallWakesTheThreadAsAlways() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        Thread t = Uninterruptible.threads("uninterruptible-test", true).newThread(() -> {
            Uninterruptible.call(() -> "nested: " + Uninterruptible.call(() -> "inner"));
            try {
                Thread.sleep(10_000);
                seen.set("slept");
            } catch (InterruptedException e) {
                seen.set("woken");
            }
        });
        t.start();
        Thread.sleep(100);
        t.interrupt();
        t.join(5_000);
        assertThat(seen.get()).isEqualTo("woken");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
