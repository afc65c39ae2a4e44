package io.gerbang.bootstrap.server;

import java.io.IOException;
import java.util.Locale;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Serves a request that asks to upgrade to anything but WebSocket (the JDK HttpClient asks for h2c by
 * default) as plain HTTP/1.1, as RFC 7230 lets a server do. Left alone, Grizzly treats such a request as
 * upgraded, and the client waits forever for an answer.
 */
public final class PlainHttpForOtherUpgrades implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
        builder.add(codec + 1, new IgnoreUpgradeFilter());
    }

    static final class IgnoreUpgradeFilter extends BaseFilter {

        @Override
        public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
            if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
                String upgrade = header.getUpgrade();
                if (upgrade == null || !upgrade.toLowerCase(Locale.ROOT).contains("websocket")) {
                    header.getUpgradeDC().recycle();
                    header.getHeaders().removeHeader(Header.Upgrade);
                    // the codec stopped framing the body by Content-Length for the upgrade; resume it
                    header.setIgnoreContentModifiers(false);
                }
            }
            return ctx.getInvokeAction();
        }
    }
}
