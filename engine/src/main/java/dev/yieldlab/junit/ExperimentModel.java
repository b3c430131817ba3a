package dev.yieldlab.junit;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.DurationText;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedSample;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestTag;

/**
 * One {@code @Experiment} class read and validated: its runs, its checks, and every {@link
 * Declaration} problem found on the way. A problem with the class makes the whole class unusable; a
 * problem with a method drops only that method.
 */
final class ExperimentModel {

  private final Class<?> type;
  private final Experiment experiment;
  private final List<Declaration> classProblems = new ArrayList<>();
  private final Map<Method, Declaration> methodProblems = new LinkedHashMap<>();
  private final Map<String, RunMethod> runs = new LinkedHashMap<>();
  private final Map<String, CheckMethod> checks = new LinkedHashMap<>();

  private ExperimentModel(Class<?> type) {
    this.type = type;
    this.experiment = type.getAnnotation(Experiment.class);
    validateClass();
    List<Method> methods = ReflectionSupport.findMethods(type,
        m -> m.isAnnotationPresent(Run.class) || m.isAnnotationPresent(Check.class),
        HierarchyTraversalMode.TOP_DOWN);
    methods.stream().filter(m -> m.isAnnotationPresent(Run.class)).forEach(this::readRun);
    methods.stream().filter(m -> !m.isAnnotationPresent(Run.class)).forEach(this::readCheck);
    if (runs.isEmpty() && methodProblems.values().stream().noneMatch(p -> isRun(p.method().orElseThrow()))) {
      classProblems.add(Declaration.ofClass(type, "@Experiment class " + type.getName()
          + " declares no @Run method: add a non-private method annotated @Run that takes a Loop"));
    }
  }

  static boolean isExperimentClass(Class<?> candidate) {
    return candidate.isAnnotationPresent(Experiment.class);
  }

  static ExperimentModel of(Class<?> type) {
    return new ExperimentModel(type);
  }

  Class<?> type() {
    return type;
  }

  List<String> claims() {
    return List.of(experiment.claim());
  }

  /** The claim ids as tags, so {@code -Dgroups=C2a} (Surefire) or an IDE tag filter selects a claim. */
  Set<TestTag> tags() {
    return ClaimTags.of(claims());
  }

  String displayName() {
    String title = experiment.title().isBlank() ? type.getSimpleName() : experiment.title();
    return claims().isEmpty() ? title : String.join("+", claims()) + ": " + title;
  }

  /** Problems that make the class itself unusable; when there are any, nothing of it runs. */
  List<Declaration> classProblems() {
    return classProblems;
  }

  Map<Method, Declaration> methodProblems() {
    return methodProblems;
  }

  Map<String, RunMethod> runs() {
    return runs;
  }

  Map<String, CheckMethod> checks() {
    return checks;
  }

  private void validateClass() {
    String name = type.getName();
    if (type.isInterface() || type.isAnnotation() || type.isEnum()) {
      classProblems.add(Declaration.ofClass(type, "@Experiment " + name
          + " is not a class yieldlab can instantiate: put @Experiment on a concrete class"));
    } else if (Modifier.isAbstract(type.getModifiers())) {
      classProblems.add(Declaration.ofClass(type, "@Experiment class " + name
          + " is abstract: yieldlab creates one instance per experiment; make it concrete, or annotate its concrete subclasses instead"));
    } else if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
      classProblems.add(Declaration.ofClass(type, "@Experiment class " + name
          + " is an inner (non-static) class: declare it static so yieldlab can create it without an enclosing instance"));
    } else if (type.isLocalClass() || type.isAnonymousClass()) {
      classProblems.add(Declaration.ofClass(type, "@Experiment class " + name
          + " is local or anonymous: declare it as a top-level or static nested class"));
    } else if (Arrays.stream(type.getDeclaredConstructors()).noneMatch(c -> c.getParameterCount() == 0)) {
      classProblems.add(Declaration.ofClass(type, "@Experiment class " + name
          + " has no constructor without parameters: add one (it may be private)"));
    }
  }

  private void readRun(Method method) {
    String where = "@Run method " + describe(method);
    if (method.isAnnotationPresent(Check.class)) {
      problem(method, where + " is also annotated @Check: a method is either a run or a check; split it in two");
    } else if (commonProblem(method, where)) {
      return;
    } else if (!runParametersValid(method)) {
      problem(method, where + " takes " + parameters(method)
          + ": a @Run method takes a dev.yieldlab.api.Loop and/or a dev.yieldlab.api.VariantSpec, or nothing;"
          + " besides, a dev.yieldlab.api.Configuration, and a paired run a dev.yieldlab.api.timing.PairSide");
    } else if (runs.containsKey(method.getName())) {
      problem(method, where + " has the same name as another @Run method of " + type.getName()
          + ": checks read runs by name, so give each run its own method name");
    } else {
      Run run = method.getAnnotation(Run.class);
      try {
        Optional<Duration> timeout = run.timeout().isBlank() ? Optional.empty()
            : Optional.of(DurationText.parse(run.timeout(), where + " @Run(timeout)"));
        if (run.repetitions() < 0 || run.repetitions() > 0 && !run.measured() && !run.paired()) {
          throw new IllegalArgumentException(where + " sets repetitions = " + run.repetitions()
              + ": repetitions is a positive count and needs measured = true (or paired = true)");
        }
        pairingProblem(method, run).ifPresent(problem -> {
          throw new IllegalArgumentException(where + problem);
        });
        List<VariantSpec> variants = VariantReader.read(method, where);
        String displayName = run.value().isBlank() ? method.getName() : run.value();
        RunMethod read = new RunMethod(method.getName(), method, displayName, timeout, run.measured(), run.repetitions(),
            run.paired(), variants, Optional.ofNullable(method.getAnnotation(Explore.class)));
        if (read.explore().isPresent()) {
          read.unexplorable().ifPresent(why -> {
            throw new IllegalArgumentException(where + " is @Explore'd but" + why + ", or drop @Explore");
          });
        }
        runs.put(method.getName(), read);
      } catch (IllegalArgumentException malformed) {
        problem(method, malformed.getMessage());
      }
    }
  }

  private static boolean runParametersValid(Method method) {
    List<Class<?>> types = List.of(method.getParameterTypes());
    return RunMethod.PARAMETER_TYPES.containsAll(types) && types.stream().distinct().count() == types.size();
  }

  /** What is wrong with how a run declares (or does not declare) pairing, as the end of a sentence. */
  private static Optional<String> pairingProblem(Method method, Run run) {
    boolean takesSide = List.of(method.getParameterTypes()).contains(PairSide.class);
    if (!run.paired()) {
      return takesSide ? Optional.of(" takes a PairSide but is not paired: declare @Run(paired = true) or drop the"
          + " parameter") : Optional.empty();
    }
    if (run.measured()) {
      return Optional.of(" is both paired and measured: a paired run repeats in pairs; drop measured = true");
    }
    if (!takesSide) {
      return Optional.of(" is paired but takes no dev.yieldlab.api.timing.PairSide: add one, and measure the side it names");
    }
    if (!PairedSample.class.isAssignableFrom(method.getReturnType())) {
      return Optional.of(" is paired but returns " + method.getReturnType().getSimpleName()
          + ": return a dev.yieldlab.api.timing.PairedSample (e.g. a WorkersResult) for the side it measured");
    }
    return Optional.empty();
  }

  private void readCheck(Method method) {
    String where = "@Check method " + describe(method);
    if (commonProblem(method, where)) {
      return;
    }
    List<Class<?>> types = List.of(method.getParameterTypes());
    boolean parametersValid = types.contains(Runs.class)
        && types.stream().allMatch(t -> t == Runs.class || t == Report.class)
        && types.stream().distinct().count() == types.size();
    if (!parametersValid) {
      problem(method, where + " takes " + parameters(method)
          + ": a @Check method takes a dev.yieldlab.api.Runs, and optionally a dev.yieldlab.api.Report");
      return;
    }
    if (method.getReturnType() != void.class) {
      problem(method, where + " returns " + method.getReturnType().getSimpleName()
          + ": a @Check method returns void and asserts instead");
      return;
    }
    Check check = method.getAnnotation(Check.class);
    List<String> foreignClaims = Arrays.stream(check.claim()).filter(c -> !claims().contains(c)).toList();
    if (!foreignClaims.isEmpty()) {
      problem(method, where + " claims " + foreignClaims + ", which @Experiment of " + type.getSimpleName()
          + " does not list: add them to @Experiment(claim = ...) or use one of " + claims());
      return;
    }
    List<String> unknown = Arrays.stream(check.runs()).filter(run -> !runs.containsKey(run)).toList();
    if (!unknown.isEmpty()) {
      problem(method, where + " reads " + unknown + ", which " + type.getSimpleName()
          + " does not declare as @Run: use one of " + runs.keySet());
      return;
    }
    Optional<Duration> budgetTime;
    try {
      budgetTime = TimingBudgets.of(check, where);
    } catch (IllegalArgumentException malformed) {
      problem(method, malformed.getMessage());
      return;
    }
    List<String> reads = check.runs().length == 0 ? List.copyOf(runs.keySet()) : List.of(check.runs());
    List<String> explored = reads.stream().filter(run -> runs.get(run).explore().isPresent()).toList();
    if (explored.size() > 1) {
      problem(method, where + (check.runs().length == 0 ? " reads every run of " + type.getSimpleName() + " (it names"
          + " none)" : " reads " + reads) + ", and " + explored + " are all @Explore'd: a check is judged on the"
          + " schedules of one explored run; name the one it reads with @Check(runs = \"...\"), or split it");
      return;
    }
    String displayName = check.value().isBlank() ? method.getName() : check.value();
    List<String> claimed = check.claim().length == 0 ? claims() : List.of(check.claim());
    checks.put(method.getName(), new CheckMethod(method.getName(), method, displayName, reads, claimed, check.stance(),
        check.reference(), check.expect(), check.budgetPairs(), budgetTime));
  }

  /** Problems runs and checks share; reports the first one and tells whether there was one. */
  private boolean commonProblem(Method method, String where) {
    if (Modifier.isPrivate(method.getModifiers())) {
      problem(method, where + " is private: make it package-private, protected or public so yieldlab can call it");
      return true;
    }
    if (Modifier.isStatic(method.getModifiers())) {
      problem(method, where + " is static: make it an instance method; one instance serves the experiment's runs and checks");
      return true;
    }
    return false;
  }

  private void problem(Method method, String message) {
    methodProblems.put(method, Declaration.ofMethod(method, message));
  }

  private static boolean isRun(Method method) {
    return method.isAnnotationPresent(Run.class);
  }

  /** {@code pkg.Type.name(Loop)}: with its parameter types, so overloads (duplicate runs) can be told apart. */
  private static String describe(Method method) {
    return method.getDeclaringClass().getName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
        .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String parameters(Method method) {
    return method.getParameterCount() == 0 ? "no parameters"
        : "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
  }
}
