import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of JDK Flight Recordings (JDK 17 has no {@code jfr view hot-methods}): per file, the methods most
 * often on top of a Java thread's stack in execution samples (self time), the suite's own methods most often anywhere
 * on the stack (inclusive time), and where threads sat in native code (native method samples: e.g. ONNX Runtime,
 * whose own worker threads JFR cannot see at all). Usage: java bench/JfrTop.java [--top=N] file.jfr...
 */
public class JfrTop {

    public static void main(String[] args) throws IOException {
        int top = 15;
        for (String arg : args) {
            if (arg.startsWith("--top=")) {
                top = Integer.parseInt(arg.substring(6));
                continue;
            }
            summarise(Path.of(arg), top);
        }
    }

    private static void summarise(Path file, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ownInclusive = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> nativeTop = new HashMap<>();
        int samples = 0;
        int nativeSamples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                String method = name(frames.get(0));
                self.merge(method, 1, Integer::sum);
                areas.merge(area(frames), 1, Integer::sum);
                Set<String> counted = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (name.startsWith("io.callreview.") && counted.add(name)) {
                        ownInclusive.merge(name, 1, Integer::sum);
                    }
                }
            } else if (type.equals("jdk.NativeMethodSample")) {
                nativeSamples++;
                nativeTop.merge(name(frames.get(0)) + "  <- " + firstOwn(frames), 1, Integer::sum);
            }
        }
        System.out.printf("%n== %s: %d execution samples (Java code running), %d native-method samples%n", file.getFileName(), samples, nativeSamples);
        print("self (top frame), share of execution samples", self, samples, top);
        print("by package of the top frame", areas, samples, top);
        print("suite code anywhere on the stack (inclusive)", ownInclusive, samples, top);
        print("native-method samples: top frame <- first suite frame (waiting in I/O or in a native library)", nativeTop, nativeSamples, top);
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("-- " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getValue(), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    private static String firstOwn(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith("io.callreview.")) {
                return name;
            }
        }
        return "(no suite frame: " + name(frames.get(frames.size() - 1)) + ")";
    }

    /** The library or suite package the sample is in: the top frame's package, two or three segments deep. */
    private static String area(List<RecordedFrame> frames) {
        String type = frames.get(0).getMethod() == null ? "?" : frames.get(0).getMethod().getType().getName();
        String[] parts = type.split("\\.");
        int depth = Math.min(type.startsWith("io.callreview.") ? 4 : 3, parts.length - 1);
        return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, depth)));
    }
}
