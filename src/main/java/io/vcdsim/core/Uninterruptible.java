package io.vcdsim.core;

import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * Work that an interrupt must not reach: the embedded store's. H2 (2.3.232) closes its store for every
 * connection when a thread is interrupted inside it: while two transactions commit at once, the committing
 * thread may wait for a map's root with {@code Thread.sleep} ({@code MVMap.tryLock}) and turns the
 * interruption into a panic. Thread pools interrupt their threads to stop them (executors' shutdownNow, Jetty's
 * pool at its stop timeout), and vcdsim's stops wake sleeping threads the same way; an interrupt stays the way
 * to wake a thread, but it waits while the thread is in the store.
 * <p>
 * On vcdsim's own threads ({@link #threads}, {@link Worker}) an interrupt that arrives during {@link #call} is
 * held and delivered when the call returns. On any other thread, an interrupt already pending is set aside for
 * the call and restored after it; one that arrives during the call still reaches it.
 */
public final class Uninterruptible {
    private Uninterruptible() {
    }

    /** Runs {@code work} with interrupts held until it returns (or fails). */
    public static <T> T call(Supplier<T> work) {
        Thread current = Thread.currentThread();
        if (current instanceof Worker w) {
            w.enter();
            try {
                return work.get();
            } finally {
                w.leave();
            }
        }
        boolean interrupted = Thread.interrupted();
        try {
            return work.get();
        } finally {
            if (interrupted) {
                current.interrupt();
            }
        }
    }

    /** vcdsim's threads: named after what they do, daemons or not as asked. */
    public static ThreadFactory threads(String name, boolean daemon) {
        return r -> {
            Worker t = new Worker(r);
            t.setName(name);
            t.setDaemon(daemon);
            return t;
        };
    }

    /** A thread whose interrupts wait while it runs a {@link #call}. */
    public static final class Worker extends Thread {
        private final Object guard = new Object();
        private int depth; // calls in progress on this thread (one inside another counts twice)
        private boolean held; // an interrupt arrived during them

        public Worker(Runnable work) {
            super(work);
        }

        @Override
        public void interrupt() {
            synchronized (guard) { // against enter(): an interrupt lands before a call or is held by it
                if (depth > 0) {
                    held = true;
                    return;
                }
                super.interrupt();
            }
        }

        private void enter() {
            synchronized (guard) {
                depth++;
            }
            // one that arrived before the call: no interrupt lands any more, so clearing it is safe
            if (Thread.interrupted()) {
                synchronized (guard) {
                    held = true;
                }
            }
        }

        private void leave() {
            boolean deliver;
            synchronized (guard) {
                deliver = --depth == 0 && held;
                if (deliver) {
                    held = false;
                }
            }
            if (deliver) {
                super.interrupt();
            }
        }
    }
}
