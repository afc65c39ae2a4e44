import java.net.*; import java.nio.*; import java.nio.channels.*; import java.util.*;
import java.lang.management.*;

/**
 * The floor of a chat delivery on this machine: one write(2) of a 90-byte frame to each of N loopback sockets
 * per message, at a fixed rate, from plain Java NIO, and the CPU it costs per write.
 *   taskset -c 1 java WriteFloor.java write 200 2000 200 &  taskset -c 0 java WriteFloor.java read 200
 */
public class WriteFloor {
  public static void main(String[] a) throws Exception {
    if (a[0].equals("read")) { // connect N sockets, read until EOF
      int n = Integer.parseInt(a[1]); Selector sel = Selector.open();
      for (int i = 0; i < n; i++) { SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", 19999)); c.configureBlocking(false); c.register(sel, SelectionKey.OP_READ); }
      ByteBuffer b = ByteBuffer.allocateDirect(1 << 16); int open = n; long bytes = 0;
      while (open > 0) { sel.select(); for (Iterator<SelectionKey> it = sel.selectedKeys().iterator(); it.hasNext();) { SelectionKey k = it.next(); it.remove(); b.clear(); int r = ((SocketChannel) k.channel()).read(b); if (r < 0) { k.cancel(); k.channel().close(); open--; } else bytes += r; } }
      System.out.println("read " + bytes); return; }
    int n = Integer.parseInt(a[1]), msgs = Integer.parseInt(a[2]), rate = Integer.parseInt(a[3]);
    ServerSocketChannel ss = ServerSocketChannel.open(); ss.bind(new InetSocketAddress("127.0.0.1", 19999));
    List<SocketChannel> cs = new ArrayList<>(); for (int i = 0; i < n; i++) { SocketChannel c = ss.accept(); c.configureBlocking(false); c.socket().setTcpNoDelay(true); cs.add(c); }
    byte[] frame = new byte[90]; ByteBuffer f = ByteBuffer.allocateDirect(90); f.put(frame).flip();
    long cpu0 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    long t0 = System.nanoTime();
    for (int m = 0; m < msgs; m++) {
      long due = t0 + (long) m * 1_000_000_000L / rate; long d = due - System.nanoTime(); if (d > 0) java.util.concurrent.locks.LockSupport.parkNanos(d);
      for (SocketChannel c : cs) { c.write(f.duplicate()); }
    }
    long cpu1 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.printf("%d deliveries, %.2f us CPU per delivery%n", (long) n * msgs, (cpu1 - cpu0) / 1000.0 / ((long) n * msgs));
    for (SocketChannel c : cs) c.close();
  }
}
