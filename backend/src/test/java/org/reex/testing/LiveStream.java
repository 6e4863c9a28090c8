package org.reex.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A Server-Sent Events client on a plain socket, as a browser tab would hold one: it records every event, can stop
 * reading (its small receive buffer then fills, and the server's writes back up), and go on again. One thread each.
 */
public final class LiveStream implements AutoCloseable {

    public record Event(String id, String name, String data, Instant receivedAt) {
    }

    private final Socket socket;
    private final List<Event> events = new ArrayList<>();
    private final Thread thread;
    private boolean paused;
    private boolean ended;
    private int status;

    private LiveStream(Socket socket) {
        this.socket = socket;
        this.thread = new Thread(this::run, "live-stream");
        this.thread.setDaemon(true);
    }

    /** Opens the stream; {@code lastEventId} may be null; {@code receiveBuffer} in bytes, 0 for the system's. */
    public static LiveStream open(String baseUrl, String path, String token, String lastEventId, int receiveBuffer)
            throws IOException {
        URI base = URI.create(baseUrl);
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
        StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Authorization: Bearer ").append(token).append("\r\n")
                .append("Accept: text/event-stream\r\n");
        if (lastEventId != null) {
            request.append("Last-Event-ID: ").append(lastEventId).append("\r\n");
        }
        request.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        LiveStream stream = new LiveStream(socket);
        stream.thread.start();
        return stream;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The events that carry an id (not keepalives or the request to reconnect). */
    public synchronized List<Event> withIds() {
        return events.stream().filter(e -> e.id() != null).toList();
    }

    public synchronized String lastId() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).id() != null) {
                return events.get(i).id();
            }
        }
        return null;
    }

    public synchronized boolean ended() {
        return ended;
    }

    public synchronized int status() {
        return status;
    }

    /** Stops reading from the socket until {@link #resume()}. */
    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    /** Waits until the condition holds on this stream, or fails after the timeout. */
    public void await(Predicate<LiveStream> condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (this) {
            while (!condition.test(this)) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError(what + "; status " + status + ", ended " + ended + ", events " + events.size()
                            + ", last id " + lastId());
                }
                wait(Math.min(left, 200));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }

    private void run() {
        try (InputStream raw = new BufferedInputStream(new Gate(socket.getInputStream()), 512)) {
            String statusLine = line(raw);
            synchronized (this) {
                status = Integer.parseInt(statusLine.split(" ")[1]);
                notifyAll();
            }
            boolean chunked = false;
            for (String header = line(raw); !header.isEmpty(); header = line(raw)) {
                if (header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:") && header.toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                }
            }
            InputStream body = chunked ? new Chunked(raw) : raw;
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = line(body); line != null; line = line(body)) {
                if (line.isEmpty()) {
                    if (name != null || data.length() > 0 || id != null) {
                        add(new Event(id, name, data.toString(), Instant.now()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException | RuntimeException stopped) {
            // closed by the test or the server
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    private synchronized void add(Event event) {
        events.add(event);
        notifyAll();
    }

    private synchronized void waitWhilePaused() throws IOException {
        while (paused) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    /** A line without its CR LF, or null at the end. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] line = bytes.toByteArray();
                int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                return new String(line, 0, length, StandardCharsets.UTF_8);
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
    }

    /** Reads from the socket only while the stream is not paused. */
    private final class Gate extends InputStream {
        private final InputStream in;

        Gate(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            waitWhilePaused();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            waitWhilePaused();
            return in.read(b, off, len);
        }
    }

    /** HTTP/1.1 chunked transfer decoding; the end at the last (empty) chunk. */
    private static final class Chunked extends InputStream {
        private final InputStream in;
        private int left;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = line(in);
                if (size == null) {
                    done = true;
                    return -1;
                }
                if (size.isEmpty()) {
                    size = line(in);
                }
                left = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (left == 0) {
                    done = true;
                    return -1;
                }
            }
            int b = in.read();
            if (b == -1) {
                done = true;
                return -1;
            }
            left--;
            if (left == 0) {
                line(in); // the CR LF after the chunk's data
            }
            return b;
        }
    }
}
