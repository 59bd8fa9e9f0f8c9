package io.callreview.notification.preferences;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Whether an address is on the public internet, so that a webhook the service calls cannot reach its own host, the
 * internal network or a cloud metadata endpoint. IPv4-mapped addresses are IPv4 addresses to Java already; IPv6
 * forms that embed an IPv4 address (NAT64, 6to4, IPv4-compatible) are judged by the address they embed.
 */
public final class PublicAddresses {

    private static final List<Block> NOT_PUBLIC = List.of(
            Block.of("0.0.0.0", 8),          // "this network"
            Block.of("100.64.0.0", 10),      // carrier-grade NAT
            Block.of("192.0.0.0", 24),       // IETF protocol assignments
            Block.of("192.0.2.0", 24),       // documentation
            Block.of("198.18.0.0", 15),      // benchmarking
            Block.of("198.51.100.0", 24),    // documentation
            Block.of("203.0.113.0", 24),     // documentation
            Block.of("240.0.0.0", 4),        // reserved, and the broadcast address
            Block.of("::", 96),              // IPv4-compatible (deprecated) and the unspecified address
            Block.of("100::", 64),           // discard
            Block.of("2001::", 32),          // Teredo: the IPv4 address inside is obfuscated
            Block.of("2001:db8::", 32),      // documentation
            Block.of("fc00::", 7));          // unique local, e.g. fd00:ec2::254 (EC2 metadata)

    private static final Block NAT64 = Block.of("64:ff9b::", 96);
    private static final Block SIX_TO_FOUR = Block.of("2002::", 16);

    private PublicAddresses() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (NOT_PUBLIC.stream().anyMatch(block -> block.contains(address))) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (NAT64.contains(address)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A CIDR block of one address family. */
    private record Block(byte[] network, int prefixLength) {

        static Block of(String literal, int prefixLength) {
            try {
                return new Block(InetAddress.getByName(literal).getAddress(), prefixLength);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(literal, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
