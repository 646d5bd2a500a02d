package io.vcdsim.compute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The virtual hardware versions the simulated hosts run (a VDC supports them all, newest last) and the guest
 * operating systems each offers ({@code guest-os.tsv}): terraform's {@code vcd_vm} looks an OS type up there before
 * it makes an empty VM, and checks the firmware it asks for.
 */
public final class HardwareVersions {
    /** vSphere 6.7 (vmx-14) to 7.0 U2 (vmx-19); vmx-16 was Workstation's only. */
    public static final List<String> SUPPORTED = List.of("vmx-14", "vmx-15", "vmx-17", "vmx-18",
            Sections.NEWEST_HARDWARE_VERSION);
    /** What every version offers: the most CPUs, cores per socket, memory and NICs a VM may have. */
    public static final int MAX_CPUS = 768;
    public static final int MAX_CORES_PER_SOCKET = 64;
    public static final long MAX_MEMORY_MB = 24L * 1024 * 1024;
    public static final int MAX_NICS = 10;

    /** A guest operating system, as vCD describes it. */
    public record GuestOs(int id, String family, int familyId, String internalName, String name, boolean x64,
                          String recommendedFirmware) {
        /** A 64-bit guest boots by BIOS or EFI, a 32-bit one by BIOS only. */
        public List<String> firmware() {
            return x64 ? List.of("bios", "efi") : List.of("bios");
        }
    }

    private static final Map<String, List<GuestOs>> BY_FAMILY = byFamily(load());

    private HardwareVersions() {
    }

    /** The version named {@code name}, if the simulated hosts run it. */
    public static Optional<String> find(String name) {
        return SUPPORTED.stream().filter(v -> v.equals(name)).findFirst();
    }

    /** The guests of every version, by family in the catalogue's order. */
    public static Map<String, List<GuestOs>> guestsByFamily() {
        return BY_FAMILY;
    }

    private static Map<String, List<GuestOs>> byFamily(List<GuestOs> guests) {
        Map<String, List<GuestOs>> out = new LinkedHashMap<>();
        guests.forEach(g -> out.computeIfAbsent(g.family(), f -> new ArrayList<>()).add(g));
        out.replaceAll((family, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static List<GuestOs> load() {
        try (InputStream in = HardwareVersions.class.getResourceAsStream("/guest-os.tsv")) {
            if (in == null) {
                throw new IllegalStateException("guest-os.tsv is missing from the classpath");
            }
            List<GuestOs> out = new ArrayList<>();
            List<String> families = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (!families.contains(f[0])) {
                    families.add(f[0]);
                }
                out.add(new GuestOs(out.size() + 1, f[0], families.indexOf(f[0]) + 1, f[1], f[2],
                        Boolean.parseBoolean(f[3]), f[4]));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
