package io.callreview.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 that a webhook must never reach: it counts every connection made to it (a TLS
 * handshake counts too) and answers each with 200.
 */
public final class LoopbackTrap implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    public LoopbackTrap() throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        acceptor = new Thread(this::accept, "loopback-trap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connections.incrementAndGet();
                OutputStream out = connection.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed, or the caller hung up: either way it was counted
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
