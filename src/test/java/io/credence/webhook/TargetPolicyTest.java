package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.credence.api.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {

    @Test
    void refusesInternalTargetsUnlessAllowed() {
        for (String url : List.of("http://127.0.0.1/hook", "http://10.1.2.3/hook", "http://192.168.0.10/hook",
                "http://172.16.5.5/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook",
                "http://[fc00::1]/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook")) {
            assertThrows(ApiException.class, () -> TargetPolicy.check(url, false), url);
            assertEquals(url, TargetPolicy.check(url, true).toString());
        }
    }

    @Test
    void takesPublicHttpTargetsOnly() {
        assertEquals("https://93.184.216.34/hook", TargetPolicy.check("https://93.184.216.34/hook", false).toString());
        for (String url : List.of("ftp://93.184.216.34/x", "file:///etc/passwd", "http://user:pw@93.184.216.34/",
                "not a url", "javascript:alert(1)")) {
            assertThrows(ApiException.class, () -> TargetPolicy.check(url, true), url);
        }
    }
}
