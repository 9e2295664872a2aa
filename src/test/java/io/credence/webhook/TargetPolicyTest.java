package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.credence.refusal.Invalid;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {

    @Test
    void refusesInternalTargetsUnlessAllowed() {
        for (String url : List.of(
                "http://127.0.0.1/hook",
                "http://10.1.2.3/hook",
                "http://192.168.0.10/hook",
                "http://172.16.5.5/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://[fc00::1]/hook",
                "http://0.0.0.0/hook",
                "http://100.64.0.1/hook")) {
            assertThrows(Invalid.class, () -> TargetPolicy.check(url, false), url);
            assertEquals(url, TargetPolicy.check(url, true).uri().toString());
        }
    }

    /** The forms an adversarial review found accepted, and IANA's other special-purpose ranges. */
    @Test
    void refusesEveryOtherSpellingOfInternalAndSpecialPurposeAddresses() {
        for (String url : List.of(
                "http://[::127.0.0.1]/hook",
                "http://[::ffff:0:7f00:1]/hook",
                "http://[::ffff:127.0.0.1]/",
                "http://[64:ff9b::7f00:1]/hook",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::]/hook",
                "http://[2002:a9fe:a9fe::1]/",
                "http://[2001::1]/teredo",
                "http://[2001:db8::1]/",
                "http://[fe80::1]/",
                "http://[ff02::1]/",
                "http://[::]/",
                "http://198.18.0.1/hook",
                "http://198.19.255.254/",
                "http://192.0.0.8/hook",
                "http://192.0.2.1/",
                "http://203.0.113.5/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://192.88.99.1/")) {
            assertThrows(Invalid.class, () -> TargetPolicy.check(url, false), url);
        }
        // public addresses either side of the ranges stay allowed
        for (String url : List.of(
                "http://198.20.0.1/hook",
                "http://[2001:4860:4860::8888]/hook",
                "http://[2a00:1450::1]/",
                "http://192.0.3.1/")) {
            assertEquals(url, TargetPolicy.check(url, false).uri().toString());
        }
    }

    @Test
    void takesPublicHttpTargetsOnly() {
        assertEquals(
                "https://93.184.216.34/hook",
                TargetPolicy.check("https://93.184.216.34/hook", false).uri().toString());
        for (String url : List.of(
                "ftp://93.184.216.34/x",
                "file:///etc/passwd",
                "http://user:pw@93.184.216.34/",
                "not a url",
                "javascript:alert(1)")) {
            assertThrows(Invalid.class, () -> TargetPolicy.check(url, true), url);
        }
    }

    /** Every address a name has is checked, and the delivery is pinned to one of those checked. */
    @Test
    void aNameIsCheckedAtEveryAddressAndPinnedToOne() throws Exception {
        InetAddress outside = InetAddress.getByName("93.184.216.34");
        InetAddress inside = InetAddress.getByName("10.0.0.7");
        assertEquals(
                outside,
                TargetPolicy.check("https://hooks.example/x", false, host -> new InetAddress[] {outside})
                        .address());
        assertThrows(
                Invalid.class,
                () -> TargetPolicy.check(
                        "https://hooks.example/x", false, host -> new InetAddress[] {outside, inside}));
        assertThrows(
                Invalid.class,
                () -> TargetPolicy.check("https://hooks.example/x", false, host -> {
                    throw new UnknownHostException(host);
                }));
    }
}
