package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What one machine's checks found, as the records themselves: written beside that machine's Allure
 * results ({@value #FILE}) so that a report made from several machines' results can weigh the claims
 * per machine. Java serialization of records, read back through their canonical constructors, with
 * a filter that admits these types alone: typed data, never text parsed back.
 *
 * @param machine where the checks ran
 * @param outcomes how each check ended, in the order they ended
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record MachineOutcomes(MachineProfile machine, List<CheckOutcome> outcomes) implements Serializable {

  public static final String FILE = "yieldlab-outcomes.ser";

  public MachineOutcomes {
    outcomes = List.copyOf(outcomes);
  }

  public void writeTo(OutputStream out) throws IOException {
    try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(new Envelope(machine, outcomes.toArray(CheckOutcome[]::new)));
    }
  }

  public static MachineOutcomes readFrom(InputStream in) throws IOException {
    try (ObjectInputStream objects = new ObjectInputStream(in)) {
      objects.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
          "dev.yieldlab.reporting.*;dev.yieldlab.api.Stance;java.lang.String;java.lang.Enum;maxdepth=8;!*"));
      Envelope envelope = (Envelope) objects.readObject();
      return new MachineOutcomes(envelope.machine(), List.of(envelope.outcomes()));
    } catch (ClassNotFoundException | ClassCastException unknown) {
      throw new InvalidClassException("not a yieldlab outcomes file: " + unknown.getMessage());
    }
  }

  /** What is written: arrays rather than the JDK's immutable lists, so the filter admits only our types. */
  private record Envelope(MachineProfile machine, CheckOutcome[] outcomes) implements Serializable {}
}
