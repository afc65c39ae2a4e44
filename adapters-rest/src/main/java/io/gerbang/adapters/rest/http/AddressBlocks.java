package io.gerbang.adapters.rest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of IP addresses and CIDR blocks from a setting ({@code GERBANG_TRUSTED_PROXIES},
 * {@code GERBANG_METRICS_ALLOW}), separated by commas or spaces. Addresses are only ever parsed as literals:
 * nothing here looks a name up.
 */
public final class AddressBlocks {

    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$");

    private final List<Block> blocks;

    private AddressBlocks(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** @param setting named in the message of a refusal */
    public static AddressBlocks parse(String list, String setting) {
        List<Block> blocks = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            for (String entry : list.trim().split("[,\\s]+")) {
                blocks.add(Block.parse(entry, setting));
            }
        }
        return new AddressBlocks(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether the address literal is in one of the blocks (a text that is no address literal never is). */
    public boolean contains(String address) {
        return contains(literal(address));
    }

    boolean contains(InetAddress address) {
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
        if (text == null
                || text.isEmpty()
                || text.length() > 45
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

        static Block parse(String entry, String setting) {
            int slash = entry.indexOf('/');
            InetAddress address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException(setting + ": '" + entry + "' is not an IP address or CIDR block");
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
                            setting + ": '" + entry + "' has a prefix length outside 0.." + bits);
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
