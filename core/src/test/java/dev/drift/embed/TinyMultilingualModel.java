package dev.drift.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model directory of XLM-R shape, small enough to write at test time: a SentencePiece Unigram
 * {@code tokenizer.json} in the Hugging Face tokenizers format (NFKC, Metaspace pre-tokenizer,
 * {@code <s>}/{@code <pad>}/{@code </s>}/{@code <unk>}, and XLM-R's post-processor {@code <s> $A
 * </s>}), and a {@code model.onnx} with the inputs {@code input_ids} and {@code attention_mask}
 * only, whose output {@code last_hidden_state} [batch, sequence, {@value #HIDDEN}] is an embedding
 * look-up times the attention mask (Gather, Cast, Unsqueeze, Mul). Nothing is downloaded and
 * nothing needs to be installed: the graph is written by {@link OnnxGraphWriter}.
 *
 * <p>The vectors carry meaning the way a multilingual model's do, crudely: a word and its
 * translation are one vocabulary concept and share one row ({@code ▁dog} and {@code ▁perro} are the
 * same vector), and different concepts are orthogonal. So {@link #ENGLISH} and {@link #SPANISH}
 * pair up sentence by sentence, and {@code dog} against {@code gato} is a changed word. Word pieces
 * outside the concepts (single letters, digits, the bare {@code ▁}) and the special tokens have
 * small vectors of their own. Deterministic: the same files every time.
 *
 * <p>Not the real thing: the real models' normaliser is a precompiled character map (close to
 * NFKC), their vocabularies have 250,000 pieces, and their vectors depend on context. Immutable.
 */
public final class TinyMultilingualModel {
  /** Width of the token vectors. */
  public static final int HIDDEN = 64;

  /** A short English document; {@link #SPANISH} is its translation. */
  public static final String ENGLISH =
      "The dog sleeps in the garden. The girl reads a book every night.\n\n"
          + "The old bridge crosses the river. We drink coffee with milk.\n";

  /** The Spanish translation of {@link #ENGLISH}, sentence by sentence. */
  public static final String SPANISH =
      "El perro duerme en el jardín. La niña lee un libro cada noche.\n\n"
          + "El puente viejo cruza el río. Bebemos café con leche.\n";

  /** Words and their translations: each row is one concept, one vector. */
  private static final String[][] CONCEPTS = {
    {"The", "the", "El", "el", "La", "la"},
    {"dog", "perro"},
    {"cat", "gato"},
    {"sleeps", "duerme"},
    {"in", "en"},
    {"garden", "jardín"},
    {"girl", "niña"},
    {"reads", "lee"},
    {"a", "un", "una"},
    {"book", "libro"},
    {"every", "cada"},
    {"night", "noche"},
    {"old", "viejo"},
    {"bridge", "puente"},
    {"crosses", "cruza"},
    {"river", "río"},
    {"We", "we", "Nosotros", "nosotros"},
    {"drink", "Bebemos", "bebemos"},
    {"coffee", "café"},
    {"with", "con"},
    {"milk", "leche"},
  };

  /** Pieces without the word-start mark that are concepts too. */
  private static final String[][] PUNCTUATION = {{"."}, {","}};

  /** Special tokens, with XLM-R's ids; {@code <mask>} comes last, as in XLM-R. */
  private static final String[] SPECIAL = {"<s>", "<pad>", "</s>", "<unk>"};

  private static final String MASK = "<mask>";
  private static final String SPACE = "\u2581";
  private static final String LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúñüÁÉÍÓÚÑ0123456789'\"?!;:-()";
  private static final int FIRST_CONCEPT_DIM = 4;
  private static final int FIRST_LETTER_DIM = 40;

  /** Every piece in id order, with its vector and Unigram score. */
  private static final Map<String, float[]> VECTORS = new LinkedHashMap<>();

  private static final Map<String, Double> SCORES = new LinkedHashMap<>();

  static {
    for (int s = 0; s < SPECIAL.length; s++) {
      float[] v = new float[HIDDEN];
      if (!SPECIAL[s].equals("<pad>")) {
        v[s] = 0.5f; // <s> dim 0, </s> dim 2, <unk> dim 3
      }
      put(SPECIAL[s], v, 0.0);
    }
    float[] bare = new float[HIDDEN];
    bare[1] = 0.5f; // the lone word-start mark, dim 1 (<pad> has none)
    put(SPACE, bare, -6.0);
    int dim = FIRST_CONCEPT_DIM;
    for (String[][] table : new String[][][] {CONCEPTS, PUNCTUATION}) {
      for (String[] concept : table) {
        float[] v = new float[HIDDEN];
        v[dim++] = 1f;
        for (String word : concept) {
          put(table == CONCEPTS ? SPACE + word : word, v, -3.0);
        }
      }
    }
    if (dim > FIRST_LETTER_DIM) {
      throw new IllegalStateException("too many concepts for " + HIDDEN + " dimensions");
    }
    for (int i = 0; i < LETTERS.length(); i++) {
      float[] v = new float[HIDDEN];
      v[FIRST_LETTER_DIM + i % (HIDDEN - FIRST_LETTER_DIM)] = 0.5f;
      put(String.valueOf(LETTERS.charAt(i)), v, -8.0);
    }
    put(MASK, new float[HIDDEN], 0.0);
  }

  private static void put(String piece, float[] vector, double score) {
    VECTORS.put(piece, vector);
    SCORES.put(piece, score);
  }

  private final Pooling pooling;
  private final boolean tokenTypes;
  private final String extraInput;
  private final int maxSeqLength;

  private TinyMultilingualModel(
      Pooling pooling, boolean tokenTypes, String extraInput, int maxSeqLength) {
    this.pooling = pooling;
    this.tokenTypes = tokenTypes;
    this.extraInput = extraInput;
    this.maxSeqLength = maxSeqLength;
  }

  /**
   * The XLM-R shape: inputs {@code input_ids} and {@code attention_mask}, no {@code
   * 1_Pooling/config.json}, a window of 128 tokens.
   *
   * @return the model description
   */
  public static TinyMultilingualModel xlmR() {
    return new TinyMultilingualModel(null, false, null, 128);
  }

  /**
   * Returns a copy that writes {@code 1_Pooling/config.json} choosing this pooling.
   *
   * @param pooling the pooling, or {@code null} for no pooling configuration
   * @return the copy
   */
  public TinyMultilingualModel withPoolingConfig(Pooling pooling) {
    return new TinyMultilingualModel(pooling, tokenTypes, extraInput, maxSeqLength);
  }

  /**
   * Returns a copy of BERT shape: the graph also declares {@code token_type_ids} and adds a type
   * embedding whose row 0 is zero, so fed zeros it gives the same vectors as the XLM-R shape.
   *
   * @return the copy
   */
  public TinyMultilingualModel withTokenTypes() {
    return new TinyMultilingualModel(pooling, true, extraInput, maxSeqLength);
  }

  /**
   * Returns a copy whose graph declares one more int64 input [batch, sequence] that nothing uses.
   *
   * @param name the input's name, such as {@code position_ids}
   * @return the copy
   */
  public TinyMultilingualModel withExtraInput(String name) {
    return new TinyMultilingualModel(pooling, tokenTypes, name, maxSeqLength);
  }

  /**
   * Returns a copy with another {@code max_seq_length} in {@code sentence_bert_config.json}.
   *
   * @param tokens the window, special tokens included
   * @return the copy
   */
  public TinyMultilingualModel withMaxSeqLength(int tokens) {
    return new TinyMultilingualModel(pooling, tokenTypes, extraInput, tokens);
  }

  /**
   * The vector the graph gives a piece (before the attention mask).
   *
   * @param piece a vocabulary piece, such as {@code ▁dog}, {@code s} or {@code <s>}
   * @return a copy of its row of the embedding matrix
   */
  public static float[] vector(String piece) {
    float[] v = VECTORS.get(piece);
    if (v == null) {
      throw new IllegalArgumentException("not in the vocabulary: " + piece);
    }
    return v.clone();
  }

  /**
   * The id of a piece.
   *
   * @param piece a vocabulary piece
   * @return its id
   */
  public static int id(String piece) {
    return new ArrayList<>(VECTORS.keySet()).indexOf(piece);
  }

  /**
   * Writes the model directory.
   *
   * @param dir the directory, created if missing
   * @return {@code dir}
   */
  public Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(ModelSource.MODEL_FILE), graph());
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.writeString(
          dir.resolve(ModelSource.TOKENIZER_FILE),
          json.writeValueAsString(tokenizer(json)),
          StandardCharsets.UTF_8);
      ObjectNode st = json.createObjectNode();
      st.put("max_seq_length", maxSeqLength).put("do_lower_case", false);
      Files.writeString(
          dir.resolve("sentence_bert_config.json"),
          json.writeValueAsString(st),
          StandardCharsets.UTF_8);
      if (pooling != null) {
        ObjectNode p = json.createObjectNode();
        p.put("word_embedding_dimension", HIDDEN)
            .put("pooling_mode_cls_token", pooling == Pooling.CLS)
            .put("pooling_mode_mean_tokens", pooling == Pooling.MEAN)
            .put("pooling_mode_max_tokens", pooling == Pooling.MAX)
            .put("pooling_mode_mean_sqrt_len_tokens", false);
        Files.createDirectories(dir.resolve("1_Pooling"));
        Files.writeString(
            dir.resolve("1_Pooling").resolve("config.json"),
            json.writeValueAsString(p),
            StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] graph() {
    int vocab = VECTORS.size();
    float[] matrix = new float[vocab * HIDDEN];
    int row = 0;
    for (float[] v : VECTORS.values()) {
      System.arraycopy(v, 0, matrix, row++ * HIDDEN, HIDDEN);
    }
    OnnxGraphWriter g =
        new OnnxGraphWriter(13)
            .input("input_ids", OnnxGraphWriter.INT64, "batch_size", "sequence_length")
            .input("attention_mask", OnnxGraphWriter.INT64, "batch_size", "sequence_length");
    if (tokenTypes) {
      g.input("token_type_ids", OnnxGraphWriter.INT64, "batch_size", "sequence_length");
    }
    if (extraInput != null) {
      g.input(extraInput, OnnxGraphWriter.INT64, "batch_size", "sequence_length");
    }
    g.floats("embeddings", new long[] {vocab, HIDDEN}, matrix)
        .longs("mask_axes", new long[] {1}, new long[] {2})
        .node(
            "Gather", new String[] {"embeddings", "input_ids"}, new String[] {"words"}, "axis", 0);
    String tokens = "words";
    if (tokenTypes) {
      float[] types = new float[2 * HIDDEN];
      types[HIDDEN + FIRST_LETTER_DIM - 1] = 1f; // type 1 would show; drift feeds type 0
      g.floats("type_embeddings", new long[] {2, HIDDEN}, types)
          .node(
              "Gather",
              new String[] {"type_embeddings", "token_type_ids"},
              new String[] {"types"},
              "axis",
              0)
          .node("Add", new String[] {"words", "types"}, new String[] {"typed"});
      tokens = "typed";
    }
    return g.node("Cast", new String[] {"attention_mask"}, new String[] {"mask"}, "to", 1)
        .node("Unsqueeze", new String[] {"mask", "mask_axes"}, new String[] {"mask3"})
        .node("Mul", new String[] {tokens, "mask3"}, new String[] {"last_hidden_state"})
        .output("last_hidden_state", OnnxGraphWriter.FLOAT, "batch_size", "sequence_length", HIDDEN)
        .toByteArray();
  }

  private static ObjectNode tokenizer(ObjectMapper json) {
    ObjectNode root = json.createObjectNode();
    root.put("version", "1.0");
    root.putNull("truncation");
    root.putNull("padding");
    ArrayNode added = root.putArray("added_tokens");
    List<String> pieces = new ArrayList<>(VECTORS.keySet());
    for (String special : new String[] {"<s>", "<pad>", "</s>", "<unk>", MASK}) {
      added
          .addObject()
          .put("id", pieces.indexOf(special))
          .put("content", special)
          .put("single_word", false)
          .put("lstrip", special.equals(MASK))
          .put("rstrip", false)
          .put("normalized", false)
          .put("special", true);
    }
    root.putObject("normalizer").put("type", "NFKC");
    ObjectNode metaspace = json.createObjectNode();
    metaspace
        .put("type", "Metaspace")
        .put("replacement", SPACE)
        .put("prepend_scheme", "always")
        .put("split", true);
    root.set("pre_tokenizer", metaspace);
    ObjectNode post = root.putObject("post_processor");
    post.put("type", "TemplateProcessing");
    ArrayNode single = post.putArray("single");
    single.addObject().putObject("SpecialToken").put("id", "<s>").put("type_id", 0);
    single.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
    single.addObject().putObject("SpecialToken").put("id", "</s>").put("type_id", 0);
    ArrayNode pair = post.putArray("pair");
    pair.addObject().putObject("SpecialToken").put("id", "<s>").put("type_id", 0);
    pair.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
    pair.addObject().putObject("SpecialToken").put("id", "</s>").put("type_id", 0);
    pair.addObject().putObject("SpecialToken").put("id", "</s>").put("type_id", 0);
    pair.addObject().putObject("Sequence").put("id", "B").put("type_id", 0);
    pair.addObject().putObject("SpecialToken").put("id", "</s>").put("type_id", 0);
    ObjectNode specials = post.putObject("special_tokens");
    for (String special : new String[] {"<s>", "</s>"}) {
      ObjectNode s = specials.putObject(special);
      s.put("id", special);
      s.putArray("ids").add(pieces.indexOf(special));
      s.putArray("tokens").add(special);
    }
    root.set("decoder", metaspace.deepCopy());
    ObjectNode model = root.putObject("model");
    model.put("type", "Unigram").put("unk_id", pieces.indexOf("<unk>"));
    ArrayNode vocab = model.putArray("vocab");
    for (Map.Entry<String, Double> e : SCORES.entrySet()) {
      vocab.addArray().add(e.getKey()).add(e.getValue());
    }
    model.put("byte_fallback", false);
    return root;
  }
}
