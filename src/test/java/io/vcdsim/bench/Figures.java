package io.vcdsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, each next to its goal; printed as they come and as one table at the end. */
final class Figures {
    /** One measured figure. {@code met} is null where the figure has no goal of its own (a reference value). */
    record Figure(String name, String store, String value, String goal, Boolean met) {
    }

    private final List<Figure> all = new ArrayList<>();

    void add(String name, String store, String value, String goal, Boolean met) {
        Figure f = new Figure(name, store, value, goal, met);
        all.add(f);
        System.out.printf("  %s [%s]: %s   goal %s %s%n", name, store, value, goal, verdict(f));
    }

    /** A figure whose value is a number with a unit, met when it is at least (or at most) the goal. */
    void atLeast(String name, String store, double value, String unit, double goal) {
        add(name, store, number(value) + unit, ">= " + number(goal) + unit, value >= goal);
    }

    void atMost(String name, String store, double value, String unit, double goal) {
        add(name, store, number(value) + unit, "< " + number(goal) + unit, value < goal);
    }

    void note(String name, String store, String value) {
        add(name, store, value, "-", null);
    }

    static String number(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The 99th percentile of sorted values: the smallest that 99% of them do not exceed. */
    static long p99(long[] sorted) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)];
    }

    private static String verdict(Figure f) {
        return f.met() == null ? "" : f.met() ? "met" : "NOT MET";
    }

    /** A plain-text table (Markdown, so it can be pasted into a note as it is). */
    String table() {
        int name = "figure".length();
        int store = "store".length();
        int value = "value".length();
        int goal = "goal".length();
        for (Figure f : all) {
            name = Math.max(name, f.name().length());
            store = Math.max(store, f.store().length());
            value = Math.max(value, f.value().length());
            goal = Math.max(goal, f.goal().length());
        }
        String row = "| %-" + name + "s | %-" + store + "s | %" + value + "s | %-" + goal + "s | %-7s |%n";
        StringBuilder out = new StringBuilder(String.format(row, "figure", "store", "value", "goal", ""));
        out.append(String.format(row, "-".repeat(name), "-".repeat(store), "-".repeat(value), "-".repeat(goal),
                "-".repeat(7)));
        for (Figure f : all) {
            out.append(String.format(row, f.name(), f.store(), f.value(), f.goal(), verdict(f)));
        }
        return out.toString();
    }
}
