package io.gerbang.adapters.rest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GERBANG_TRUSTED_PROXIES}: the addresses (or CIDR blocks) whose {@code X-Forwarded-For} is believed.
 * The client of a request is its peer; when the peer is trusted, the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy (read from the right, the end a proxy appends
 * to). Addresses are only ever parsed as literals: nothing here looks a name up.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$");
    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies none() {
        return NONE;
    }

    /** A list separated by commas or spaces, of addresses and CIDR blocks; empty or null for none. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Block> blocks = new ArrayList<>();
        for (String entry : list.trim().split("[,\\s]+")) {
            blocks.add(Block.parse(entry));
        }
        return new TrustedProxies(blocks);
    }

    /** The client address of a request from {@code peer} carrying {@code forwardedFor} (null: none). */
    public String clientOf(String peer, String forwardedFor) {
        if (blocks.isEmpty() || peer == null || forwardedFor == null || !trusts(literal(peer))) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        InetAddress client = literal(peer);
        for (int hop = hops.length - 1; hop >= 0; hop--) {
            InetAddress forwarded = literal(hops[hop].trim());
            if (forwarded == null) {
                break; // not an address: nothing further left of it can be believed either
            }
            client = forwarded;
            if (!trusts(forwarded)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean trusts(InetAddress address) {
        if (address == null) {
            return false;
        }
        for (Block block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The address a literal names, or null when it is not an address literal. */
    static InetAddress literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45
                || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(text); // a literal: no lookup
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return null;
        }
    }

    private record Block(byte[] network, int prefixBits) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException(
                        "GERBANG_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR block");
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException(
                            "GERBANG_TRUSTED_PROXIES: '" + entry + "' has a prefix length outside 0.." + bits);
                }
            }
            return new Block(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[whole] & mask) == (network[whole] & mask);
        }
    }
}
