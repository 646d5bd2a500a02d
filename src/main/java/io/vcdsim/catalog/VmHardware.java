package io.vcdsim.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vcdsim.store.VmRow;

import java.util.List;

/** A VM's disks and NICs, kept as JSON in its row (as the OVF described them). */
public final class VmHardware {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VmHardware() {
    }

    public static List<Ovf.Disk> disks(VmRow vm) {
        return read(vm.disks(), new TypeReference<>() {
        });
    }

    public static List<Ovf.Nic> nics(VmRow vm) {
        return read(vm.nics(), new TypeReference<>() {
        });
    }

    public static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored VM hardware unreadable: " + e.getMessage(), e);
        }
    }
}
