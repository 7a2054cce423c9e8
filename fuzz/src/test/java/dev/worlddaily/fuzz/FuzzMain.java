package dev.worlddaily.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Fuzzes one {@code @FuzzTest} for a given time, in its own JVM: Jazzer fuzzes a single fuzz
 * test per run, so {@code fuzz/run} starts this once per target instead of paying for a Maven
 * build each time. Arguments: {@code CLASS#METHOD SECONDS [SEED]}; the environment must set
 * {@code JAZZER_FUZZ=1}. A finding is saved by Jazzer in the target's inputs directory under
 * {@code src/test/resources}, where {@code ./wdn test} replays it from then on. Exit code 0 when
 * the target ran clean, 1 when it found something.
 */
public final class FuzzMain {
  private FuzzMain() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3 || !args[0].contains("#") || !args[1].matches("\\d+")
        || args.length == 3 && !args[2].matches("\\d+")) {
      System.err.println("usage: FuzzMain CLASS#METHOD SECONDS [SEED]");
      System.exit(2);
    }
    if (System.getenv("JAZZER_FUZZ") == null) {
      System.err.println("FuzzMain: set JAZZER_FUZZ=1, or the target only replays its inputs");
      System.exit(2);
    }
    LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(target(args[0]).getDeclaringClass(), target(args[0])))
        // libFuzzer takes the last of repeated flags: these come after the annotation's maxDuration.
        .configurationParameter("jazzer.internal.arg.0", "wdn-fuzz")
        .configurationParameter("jazzer.internal.arg.1", "-max_total_time=" + args[1]);
    if (args.length == 3) {
      // A fixed seed makes the sequence of inputs the same on every machine, so the CI run only
      // repeats what a longer local run with the same seed already went through.
      builder.configurationParameter("jazzer.internal.arg.2", "-seed=" + args[2]);
    }
    LauncherDiscoveryRequest request = builder.build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    TestExecutionSummary s = summary.getSummary();
    s.printTo(new PrintWriter(System.out, true));
    s.printFailuresTo(new PrintWriter(System.out, true), 40);
    boolean clean = s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() > 0;
    System.exit(clean ? 0 : 1);
  }

  /** The fuzz test method named {@code CLASS#METHOD} (fuzz tests take one parameter, so the name is enough). */
  private static Method target(String name) {
    String className = name.substring(0, name.indexOf('#'));
    String methodName = name.substring(name.indexOf('#') + 1);
    try {
      for (Method m : Class.forName(className).getDeclaredMethods()) {
        if (m.getName().equals(methodName)) {
          return m;
        }
      }
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no such fuzz test class: " + className, e);
    }
    throw new IllegalArgumentException("no method " + methodName + " in " + className);
  }
}
