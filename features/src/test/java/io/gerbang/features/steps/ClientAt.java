package io.gerbang.features.steps;

import io.gerbang.bootstrap.testing.Http.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An HTTP client whose connections leave from one loopback address (every 127.x.y.z is this machine on
 * Linux), so that to Gerbang it is another client: the peer address it counts limits by.
 */
final class ClientAt {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient client;

    ClientAt(String localAddress) {
        InetAddress local = address(localAddress);
        this.client = new OkHttpClient.Builder()
                .socketFactory(new BoundSockets(local))
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    Answer post(int port, String path, String json, String... headers) {
        Request.Builder request =
                new Request.Builder().url("http://127.0.0.1:" + port + path).post(RequestBody.create(JSON, json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (Response response = client.newCall(request.build()).execute()) {
            return new Answer(
                    response.code(),
                    response.body() == null ? "" : response.body().string(),
                    response.headers().toMultimap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class BoundSockets extends SocketFactory {

        private final InetAddress local;

        BoundSockets(InetAddress local) {
            this.local = local;
        }

        @Override
        public Socket createSocket() throws IOException {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(local, 0));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return createSocket(host, port, local, 0);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return new Socket(host, port, local, 0);
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return new Socket(host, port, local, 0);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return new Socket(address, port, local, 0);
        }
    }
}
