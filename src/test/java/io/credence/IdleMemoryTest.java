package io.credence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {

    private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void optionsLeftAtTheirDefaultsAreSetToGiveMemoryBack() {
        // The suite's JVM is started without these flags (pom: surefire argLine).
        IdleMemory.giveBackWhenIdle();

        assertEquals(
                Long.toString(IdleMemory.IDLE_MILLIS),
                hotspot.getVMOption("G1PeriodicGCInterval").getValue());
        assertEquals("10", hotspot.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals("30", hotspot.getVMOption("MaxHeapFreeRatio").getValue());
    }
}
