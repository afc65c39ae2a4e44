package io.gerbang.adapters.rest.http;

import java.net.InetAddress;

/**
 * {@code GERBANG_TRUSTED_PROXIES}: the addresses (or CIDR blocks) whose {@code X-Forwarded-For} is believed.
 * The client of a request is its peer; when the peer is trusted, the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy (read from the right, the end a proxy appends
 * to).
 */
public final class TrustedProxies {

    private final AddressBlocks proxies;

    private TrustedProxies(AddressBlocks proxies) {
        this.proxies = proxies;
    }

    /** A list separated by commas or spaces, of addresses and CIDR blocks; empty or null for none. */
    public static TrustedProxies parse(String list) {
        return new TrustedProxies(AddressBlocks.parse(list, "GERBANG_TRUSTED_PROXIES"));
    }

    /** The client address of a request from {@code peer} carrying {@code forwardedFor} (null: none). */
    public String clientOf(String peer, String forwardedFor) {
        if (proxies.isEmpty() || peer == null || forwardedFor == null) {
            return peer;
        }
        InetAddress client = AddressBlocks.literal(peer);
        if (!proxies.contains(client)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int hop = hops.length - 1; hop >= 0; hop--) {
            InetAddress forwarded = AddressBlocks.literal(hops[hop].trim());
            if (forwarded == null) {
                break; // not an address: nothing further left of it can be believed either
            }
            client = forwarded;
            if (!proxies.contains(forwarded)) {
                break;
            }
        }
        return client.getHostAddress();
    }
}
