package io.credence;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * Gives memory back to the machine when the service is idle. On a machine with much memory the
 * JVM grows its heap to over a gigabyte during start-up (reading the models allocates a lot that
 * lives briefly) and keeps it: 700-800 MB resident after start for about 80 MB of live objects.
 * With a collection after {@value #IDLE_MILLIS} ms without one, and the heap shrunk to keep at most
 * 30 % free, it settles near 420 MB. Under load collections run far more often than that, so the
 * periodic one never does. Each option is set only when the command line left it at its default:
 * an operator's {@code -XX:} flags win.
 */
final class IdleMemory {

    static final long IDLE_MILLIS = 10_000;

    /** In the order they are set: min before max, as the JVM refuses a maximum below the current minimum. */
    private static final List<Map.Entry<String, String>> OPTIONS = List.of(
            Map.entry("MinHeapFreeRatio", "10"),
            Map.entry("MaxHeapFreeRatio", "30"),
            Map.entry("G1PeriodicGCInterval", Long.toString(IDLE_MILLIS)));

    private IdleMemory() {}

    static void giveBackWhenIdle() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (hotspot == null) {
            return;
        }
        for (Map.Entry<String, String> setting : OPTIONS) {
            try {
                VMOption option = hotspot.getVMOption(setting.getKey());
                if (option.isWriteable() && option.getOrigin() == VMOption.Origin.DEFAULT) {
                    hotspot.setVMOption(setting.getKey(), setting.getValue());
                }
            } catch (IllegalArgumentException e) {
                // Not this JVM's option (another collector or vendor): nothing to give back this way.
            }
        }
    }
}
