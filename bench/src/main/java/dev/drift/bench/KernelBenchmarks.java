package dev.drift.bench;

import dev.drift.align.Aligner;
import dev.drift.align.Alignment;
import dev.drift.embed.VectorMath;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the alignment hot loops: the 384-dimension dot product (the similarity
 * kernel, against a naive single-accumulator loop) and a whole alignment of 1,000 and 3,000
 * synthetic sentences a side (exact and banded paths). Run with {@code bench/run.sh jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KernelBenchmarks {
  private float[] a;
  private float[] b;
  private SyntheticPair thousand;
  private SyntheticPair threeThousand;
  private Aligner thousandAligner;
  private Aligner threeThousandAligner;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    a = new float[384];
    b = new float[384];
    for (int d = 0; d < 384; d++) {
      a[d] = (float) random.nextGaussian();
      b[d] = (float) random.nextGaussian();
    }
    thousand = AlignmentScaling.documents(1000, new Random(1));
    threeThousand = AlignmentScaling.documents(3000, new Random(3));
    thousandAligner = thousand.aligner();
    threeThousandAligner = threeThousand.aligner();
  }

  /**
   * The similarity kernel.
   *
   * @return the dot product
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public float dot384() {
    return VectorMath.dot(a, b);
  }

  /**
   * A naive dot product, for comparison: one accumulator, a dependency chain the JIT must keep.
   *
   * @return the dot product
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public float dot384Naive() {
    float s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /**
   * Alignment of 1,000 sentences a side (exact path).
   *
   * @return the alignment
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Alignment align1000() {
    return thousandAligner.align(thousand.pair());
  }

  /**
   * Alignment of 3,000 sentences a side (banded path).
   *
   * @return the alignment
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Alignment align3000() {
    return threeThousandAligner.align(threeThousand.pair());
  }
}
