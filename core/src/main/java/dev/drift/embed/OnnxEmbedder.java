package dev.drift.embed;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.DriftException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * An {@link Embedder} over an ONNX sentence-transformer, run by DJL's ONNX Runtime engine with the
 * HuggingFace tokenizer. One forward pass yields both the pooled sentence vector and the token
 * vectors. Texts longer than the model's window are split into windows whose token vectors are
 * pooled together, never truncated. Inputs are sorted by length and batched so that padding stays
 * small.
 *
 * <p>Only the inputs the ONNX graph declares are fed ({@code input_ids}, {@code attention_mask},
 * and {@code token_type_ids} when present), so BERT- and XLM-R-style exports both work.
 *
 * <p>Instances are thread-safe: calls to {@link #embed} are serialised, and ONNX Runtime uses all
 * cores inside each call.
 */
public final class OnnxEmbedder implements Embedder {

  /**
   * How the embedder pools and batches.
   *
   * @param pooling how token vectors become a sentence vector; {@code null} reads the model
   *     directory's {@code 1_Pooling/config.json} and falls back to {@link Pooling#MEAN}
   * @param normalize whether sentence vectors are scaled to unit length
   * @param keepTokens whether token vectors are returned with each embedding
   * @param batchTokens upper bound on padded tokens per forward pass
   * @param threads ONNX Runtime intra-op threads; 0 means one per available processor
   */
  public record Options(
      Pooling pooling, boolean normalize, boolean keepTokens, int batchTokens, int threads) {

    /**
     * The defaults: pooling from the model (else mean), normalised, token vectors kept, and at most
     * 1,024 padded tokens per forward pass. Batches that small keep a layer's activations in the
     * cores' caches: embedding the long benchmark pair's paragraphs as sentences, a budget of 1,024
     * took 7.4 s against 8.2 s for 8,192 (one side-by-side run), and 512 to 1,536 measured alike.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(null, true, true, 1024, 0);
    }

    /**
     * Returns a copy with another pooling.
     *
     * @param pooling the pooling, or {@code null} for the model's own
     * @return the copy
     */
    public Options withPooling(Pooling pooling) {
      return new Options(pooling, normalize, keepTokens, batchTokens, threads);
    }

    /**
     * Returns a copy with normalisation switched on or off.
     *
     * @param normalize whether to normalise
     * @return the copy
     */
    public Options withNormalize(boolean normalize) {
      return new Options(pooling, normalize, keepTokens, batchTokens, threads);
    }

    /**
     * Returns a copy that keeps or drops token vectors.
     *
     * @param keepTokens whether to keep token vectors
     * @return the copy
     */
    public Options withKeepTokens(boolean keepTokens) {
      return new Options(pooling, normalize, keepTokens, batchTokens, threads);
    }
  }

  private static final int MAX_BATCH = 64;
  private static final String WORD_START = "\u2581"; // SentencePiece's mark for a space
  private static final Set<String> FEEDABLE =
      Set.of("input_ids", "attention_mask", "token_type_ids");

  private final ModelSource source;
  private final Options options;
  private final Pooling pooling;
  private final ZooModel<NDList, NDList> model;
  private final Predictor<NDList, NDList> predictor;
  private final HuggingFaceTokenizer tokenizer;
  private final List<String> inputNames;
  private final int maxTokens;
  private final ModelInfo info;

  private OnnxEmbedder(ModelSource source, Options options) {
    this.source = source;
    this.options = options;
    this.pooling = options.pooling() != null ? options.pooling() : poolingOf(source.directory());
    this.maxTokens = maxTokensOf(source.directory());
    DjlEnvironment.prepare();
    ZooModel<NDList, NDList> loaded = null;
    HuggingFaceTokenizer tok = null;
    try {
      int threads =
          options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
      Criteria<NDList, NDList> criteria =
          Criteria.builder()
              .setTypes(NDList.class, NDList.class)
              .optModelPath(source.directory())
              .optModelName("model")
              .optEngine("OnnxRuntime")
              .optTranslator(new NoopTranslator())
              .optOption("intraOpNumThreads", Integer.toString(threads))
              .optOption("interOpNumThreads", "1")
              .optOption("optLevel", "ALL_OPT")
              .build();
      loaded = criteria.loadModel();
      List<String> declared = new ArrayList<>(loaded.describeInput().keys());
      for (String name : declared) {
        if (!FEEDABLE.contains(name)) {
          throw new DriftException(
              source.modelFile() + " declares input '" + name + "', which drift cannot feed");
        }
      }
      if (!declared.contains("input_ids")) {
        throw new DriftException(source.modelFile() + " declares no 'input_ids' input");
      }
      tok =
          HuggingFaceTokenizer.builder()
              .optTokenizerPath(source.directory().resolve(ModelSource.TOKENIZER_FILE))
              .optAddSpecialTokens(true)
              .optTruncation(false)
              .optPadding(false)
              .build();
      this.inputNames = List.copyOf(declared);
      this.model = loaded;
      this.tokenizer = tok;
      this.predictor = loaded.newPredictor();
      int dimension = embedBatchOfOne();
      this.info = new ModelInfo(source.name(), source.sha256(), dimension, maxTokens);
    } catch (DriftException e) {
      closeQuietly(loaded, tok);
      throw e;
    } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
      closeQuietly(loaded, tok);
      throw new DriftException("cannot load model " + source.modelFile() + ": " + oneLine(e), e);
    }
  }

  /**
   * Loads a model.
   *
   * @param source where the model files are
   * @param options pooling and batching
   * @return the embedder; close it when done
   * @throws DriftException if the model or tokenizer cannot be loaded
   */
  public static OnnxEmbedder load(ModelSource source, Options options) {
    return new OnnxEmbedder(source, options);
  }

  @Override
  public ModelInfo info() {
    return info;
  }

  @Override
  public synchronized List<Embedding> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Encoding[] encodings = tokenizer.batchEncode(texts);
    List<Window> windows = new ArrayList<>();
    Accumulator[] acc = new Accumulator[texts.size()];
    for (int t = 0; t < encodings.length; t++) {
      acc[t] = new Accumulator(encodings[t], texts.get(t));
      windows.addAll(windowsOf(t, encodings[t]));
    }
    windows.sort(Comparator.comparingInt((Window w) -> w.ids.length).reversed());
    int from = 0;
    while (from < windows.size()) {
      int longest = windows.get(from).ids.length;
      int to = from + 1;
      while (to < windows.size()
          && to - from < MAX_BATCH
          && (long) (to - from + 1) * longest <= options.batchTokens()) {
        to++;
      }
      runBatch(windows.subList(from, to), acc);
      from = to;
    }
    List<Embedding> result = new ArrayList<>(texts.size());
    for (Accumulator a : acc) {
      result.add(a.finish());
    }
    return result;
  }

  @Override
  public synchronized void close() {
    predictor.close();
    closeQuietly(model, tokenizer);
  }

  // ---- tokenisation and windows ----

  /**
   * A token sequence fed to the model: a whole text, or one window of a long text. Its content
   * tokens (special tokens excluded) are the text's content tokens {@code [contentFrom, contentFrom
   * + contentLength)} and start at {@code lead} in {@code ids}.
   */
  private record Window(
      int text, long[] ids, long[] typeIds, int lead, int contentFrom, int contentLength) {}

  private List<Window> windowsOf(int text, Encoding enc) {
    long[] ids = enc.getIds();
    long[] special = enc.getSpecialTokenMask();
    long[] types = enc.getTypeIds();
    int lead = 0;
    while (lead < ids.length && special[lead] == 1) {
      lead++;
    }
    int trail = 0;
    while (trail < ids.length - lead && special[ids.length - 1 - trail] == 1) {
      trail++;
    }
    int content = ids.length - lead - trail;
    if (ids.length <= maxTokens) {
      return List.of(new Window(text, ids, types, lead, 0, content));
    }
    int width = maxTokens - lead - trail;
    List<Window> out = new ArrayList<>();
    for (int start = 0; start < content; start += width) {
      int len = Math.min(width, content - start);
      long[] w = new long[lead + len + trail];
      long[] wt = new long[w.length];
      for (long[][] pair : new long[][][] {{ids, w}, {types, wt}}) {
        System.arraycopy(pair[0], 0, pair[1], 0, lead);
        System.arraycopy(pair[0], lead + start, pair[1], lead, len);
        System.arraycopy(pair[0], ids.length - trail, pair[1], lead + len, trail);
      }
      out.add(new Window(text, w, wt, lead, start, len));
    }
    return out;
  }

  private void runBatch(List<Window> batch, Accumulator[] acc) {
    int rows = batch.size();
    int len = batch.get(0).ids.length;
    long[] ids = new long[rows * len];
    long[] mask = new long[rows * len];
    long[] types = new long[rows * len];
    for (int r = 0; r < rows; r++) {
      Window w = batch.get(r);
      System.arraycopy(w.ids, 0, ids, r * len, w.ids.length);
      System.arraycopy(w.typeIds, 0, types, r * len, w.ids.length);
      Arrays.fill(mask, r * len, r * len + w.ids.length, 1L);
    }
    try (NDManager manager = model.getNDManager().newSubManager()) {
      Shape shape = new Shape(rows, len);
      NDList inputs = new NDList();
      for (String name : inputNames) {
        long[] data =
            switch (name) {
              case "input_ids" -> ids;
              case "attention_mask" -> mask;
              default -> types;
            };
        NDArray array = manager.create(data, shape);
        array.setName(name);
        inputs.add(array);
      }
      NDList outputs = predictor.predict(inputs);
      NDArray hidden = tokenOutput(outputs);
      int dim = (int) hidden.getShape().get(2);
      float[] h = hidden.toFloatArray();
      outputs.close();
      for (int r = 0; r < rows; r++) {
        Window w = batch.get(r);
        acc[w.text].add(w, h, r * len * dim, dim);
      }
    } catch (TranslateException | RuntimeException e) {
      throw new DriftException("model " + source.name() + " failed: " + oneLine(e), e);
    }
  }

  private static NDArray tokenOutput(NDList outputs) {
    for (String name : new String[] {"last_hidden_state", "token_embeddings"}) {
      NDArray named = outputs.get(name);
      if (named != null) {
        return named;
      }
    }
    for (NDArray array : outputs) {
      if (array.getShape().dimension() == 3) {
        return array;
      }
    }
    throw new DriftException("the model has no token-level output (batch × tokens × dimension)");
  }

  /** Collects the windows of one text and pools them. */
  private final class Accumulator {
    private final Encoding encoding;
    private final String text;
    private final int contentTokens;
    private float[] pooled;
    private float[] tokenData;
    private int pooledTokens;

    Accumulator(Encoding encoding, String text) {
      this.encoding = encoding;
      this.text = text;
      int count = 0;
      for (long s : encoding.getSpecialTokenMask()) {
        count += s == 0 ? 1 : 0;
      }
      this.contentTokens = count;
    }

    void add(Window w, float[] hidden, int offset, int dim) {
      if (pooled == null) {
        pooled = new float[dim];
        if (pooling == Pooling.MAX) {
          Arrays.fill(pooled, Float.NEGATIVE_INFINITY);
        }
        if (options.keepTokens()) {
          tokenData = new float[contentTokens * dim];
        }
      }
      int n = w.ids.length;
      switch (pooling) {
        case MEAN -> {
          for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
              pooled[d] += hidden[offset + i * dim + d];
            }
          }
        }
        case CLS -> {
          if (w.contentFrom == 0) {
            System.arraycopy(hidden, offset, pooled, 0, dim);
          }
        }
        case MAX -> {
          for (int i = 0; i < n; i++) {
            for (int d = 0; d < dim; d++) {
              pooled[d] = Math.max(pooled[d], hidden[offset + i * dim + d]);
            }
          }
        }
      }
      pooledTokens += n;
      if (tokenData != null) {
        System.arraycopy(
            hidden, offset + w.lead * dim, tokenData, w.contentFrom * dim, w.contentLength * dim);
      }
    }

    Embedding finish() {
      float[] v = pooled;
      if (pooling == Pooling.MEAN && pooledTokens > 0) {
        float inv = 1f / pooledTokens;
        for (int d = 0; d < v.length; d++) {
          v[d] *= inv;
        }
      }
      if (options.normalize()) {
        VectorMath.normalize(v);
      }
      return new Embedding(v, pooledTokens, tokenData == null ? null : tokenVectors(v.length));
    }

    private TokenVectors tokenVectors(int dim) {
      long[] special = encoding.getSpecialTokenMask();
      CharSpan[] spans = encoding.getCharTokenSpans();
      String[] pieces = encoding.getTokens();
      // The tokenizer counts code points; reports count UTF-16 units.
      int[] utf16 = codePointOffsets(text);
      int[] starts = new int[contentTokens];
      int[] ends = new int[contentTokens];
      int k = 0;
      for (int i = 0; i < special.length; i++) {
        if (special[i] == 0) {
          CharSpan span = spans[i];
          if (span != null) {
            starts[k] = utf16[Math.min(span.getStart(), utf16.length - 1)];
            ends[k] = utf16[Math.min(span.getEnd(), utf16.length - 1)];
            // A SentencePiece tokenizer puts a word-start mark before the text; standing alone, it
            // is given the span of the first character, which it does not stand for.
            if (WORD_START.equals(pieces[i])
                && ends[k] > starts[k]
                && !Character.isWhitespace(text.codePointAt(starts[k]))) {
              ends[k] = starts[k];
            }
          }
          k++;
        }
      }
      return new TokenVectors(dim, tokenData, starts, ends);
    }
  }

  /** UTF-16 offset of every code point index of {@code text}, plus one for the end. */
  private static int[] codePointOffsets(String text) {
    int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      offsets[cp++] = i;
    }
    offsets[cp] = text.length();
    return offsets;
  }

  // ---- model directory metadata ----

  private int embedBatchOfOne() {
    Encoding enc = tokenizer.encode("drift");
    Accumulator[] acc = {new Accumulator(enc, "drift")};
    runBatch(windowsOf(0, enc), acc);
    return acc[0].finish().vector().length;
  }

  private static Pooling poolingOf(Path dir) {
    JsonNode config = readJson(dir.resolve("1_Pooling").resolve("config.json"));
    if (config == null) {
      return Pooling.MEAN;
    }
    if (config.path("pooling_mode_cls_token").asBoolean(false)) {
      return Pooling.CLS;
    }
    if (config.path("pooling_mode_max_tokens").asBoolean(false)) {
      return Pooling.MAX;
    }
    return Pooling.MEAN;
  }

  private static int maxTokensOf(Path dir) {
    JsonNode st = readJson(dir.resolve("sentence_bert_config.json"));
    if (st != null && st.path("max_seq_length").canConvertToInt()) {
      return Math.max(8, st.path("max_seq_length").asInt());
    }
    JsonNode tok = readJson(dir.resolve(ModelSource.TOKENIZER_FILE));
    if (tok != null && tok.path("truncation").path("max_length").canConvertToInt()) {
      return Math.max(8, tok.path("truncation").path("max_length").asInt());
    }
    return 512;
  }

  private static JsonNode readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new DriftException("cannot read " + file + ": " + oneLine(e), e);
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static void closeQuietly(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      if (r != null) {
        try {
          r.close();
        } catch (Exception e) {
          // closing after a failure: the first error is the one to report
        }
      }
    }
  }
}
