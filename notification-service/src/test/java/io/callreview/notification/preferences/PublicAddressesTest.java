package io.callreview.notification.preferences;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.1.2.3", "0.0.0.0", "0.1.2.3",          // loopback, this host
            "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1", // private
            "169.254.169.254", "169.254.0.1",                      // link-local, cloud metadata
            "100.64.0.1", "192.0.0.1", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", // shared, reserved
            "224.0.0.1", "240.0.0.1", "255.255.255.255",           // multicast, reserved, broadcast
            "::1", "::", "fe80::1", "fec0::1",                     // loopback, unspecified, link-local, site-local
            "fc00::1", "fd00:ec2::254",                            // unique local, EC2 metadata over IPv6
            "ff02::1", "2001:db8::1", "100::1", "2001::1",         // multicast, documentation, discard, Teredo
            "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", // IPv4-mapped
            "::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "2002:a00:1::1", "2002:7f00:1::1" // embedded IPv4
    })
    void notPublic(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "8.8.8.8", "1.1.1.1", "34.120.1.1", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1",
            "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"
    })
    void publicAddresses(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }
}
