package dev.yieldlab.workers;

import dev.yieldlab.api.workers.CpuBody;
import java.lang.reflect.InvocationTargetException;

/** Makes a {@link CpuBody} from its class name: how a child process finds the body it must run. */
final class Bodies {

  private Bodies() {}

  static CpuBody instantiate(String className) {
    try {
      Class<?> type = Class.forName(className);
      if (!CpuBody.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException(className + " does not implement " + CpuBody.class.getName());
      }
      return (CpuBody) type.getConstructor().newInstance();
    } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalArgumentException("cannot create the CPU body " + className
          + ": it must be a public class with a public constructor without parameters on the class path", e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("the constructor of CPU body " + className + " failed", e.getCause());
    }
  }
}
