package dev.drift.embed;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small ONNX graph (a {@code ModelProto}) with protobuf's wire-format encoder and the
 * field numbers of {@code onnx/onnx.proto}, so tests can build models without Python or the {@code
 * onnx} package. Only what the test models need: float and int64 initializers stored as raw data,
 * nodes with int attributes, and tensor inputs and outputs whose dimensions are named or fixed. Not
 * thread-safe; one writer builds one graph.
 */
public final class OnnxGraphWriter {
  /** {@code TensorProto.DataType.FLOAT}. */
  public static final int FLOAT = 1;

  /** {@code TensorProto.DataType.INT64}. */
  public static final int INT64 = 7;

  // ModelProto
  private static final int MODEL_IR_VERSION = 1;
  private static final int MODEL_PRODUCER_NAME = 2;
  private static final int MODEL_GRAPH = 7;
  private static final int MODEL_OPSET_IMPORT = 8;
  // OperatorSetIdProto
  private static final int OPSET_VERSION = 2;
  // GraphProto
  private static final int GRAPH_NODE = 1;
  private static final int GRAPH_NAME = 2;
  private static final int GRAPH_INITIALIZER = 5;
  private static final int GRAPH_INPUT = 11;
  private static final int GRAPH_OUTPUT = 12;
  // NodeProto
  private static final int NODE_INPUT = 1;
  private static final int NODE_OUTPUT = 2;
  private static final int NODE_NAME = 3;
  private static final int NODE_OP_TYPE = 4;
  private static final int NODE_ATTRIBUTE = 5;
  // AttributeProto
  private static final int ATTRIBUTE_NAME = 1;
  private static final int ATTRIBUTE_I = 3;
  private static final int ATTRIBUTE_TYPE = 20;
  private static final int ATTRIBUTE_TYPE_INT = 2;
  // TensorProto
  private static final int TENSOR_DIMS = 1;
  private static final int TENSOR_DATA_TYPE = 2;
  private static final int TENSOR_NAME = 8;
  private static final int TENSOR_RAW_DATA = 9;
  // ValueInfoProto, TypeProto, TypeProto.Tensor, TensorShapeProto(.Dimension)
  private static final int VALUE_INFO_NAME = 1;
  private static final int VALUE_INFO_TYPE = 2;
  private static final int TYPE_TENSOR_TYPE = 1;
  private static final int TENSOR_TYPE_ELEM_TYPE = 1;
  private static final int TENSOR_TYPE_SHAPE = 2;
  private static final int SHAPE_DIM = 1;
  private static final int DIM_VALUE = 1;
  private static final int DIM_PARAM = 2;

  /** IR version 7 (ONNX 1.7), which every ONNX Runtime of the last years reads. */
  private static final long IR_VERSION = 7;

  private final int opset;
  private final List<Message> nodes = new ArrayList<>();
  private final List<Message> initializers = new ArrayList<>();
  private final List<Message> inputs = new ArrayList<>();
  private final List<Message> outputs = new ArrayList<>();

  /**
   * Starts a graph.
   *
   * @param opset the version of the default ONNX operator set the nodes are written against
   */
  public OnnxGraphWriter(int opset) {
    this.opset = opset;
  }

  /**
   * Declares a graph input.
   *
   * @param name its name
   * @param elemType {@link #FLOAT} or {@link #INT64}
   * @param dims each dimension: a {@link String} names a free dimension, an {@link Integer} fixes
   *     it
   * @return this writer
   */
  public OnnxGraphWriter input(String name, int elemType, Object... dims) {
    inputs.add(valueInfo(name, elemType, dims));
    return this;
  }

  /**
   * Declares a graph output.
   *
   * @param name its name
   * @param elemType {@link #FLOAT} or {@link #INT64}
   * @param dims as for {@link #input}
   * @return this writer
   */
  public OnnxGraphWriter output(String name, int elemType, Object... dims) {
    outputs.add(valueInfo(name, elemType, dims));
    return this;
  }

  /**
   * Adds a float constant.
   *
   * @param name its name
   * @param dims its shape
   * @param values its values, row-major
   * @return this writer
   */
  public OnnxGraphWriter floats(String name, long[] dims, float[] values) {
    ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    raw.asFloatBuffer().put(values);
    initializers.add(tensor(name, FLOAT, dims, raw.array()));
    return this;
  }

  /**
   * Adds an int64 constant.
   *
   * @param name its name
   * @param dims its shape
   * @param values its values, row-major
   * @return this writer
   */
  public OnnxGraphWriter longs(String name, long[] dims, long[] values) {
    ByteBuffer raw = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    raw.asLongBuffer().put(values);
    initializers.add(tensor(name, INT64, dims, raw.array()));
    return this;
  }

  /**
   * Adds a node of the default operator set.
   *
   * @param opType the operator, such as {@code Gather}
   * @param in its inputs
   * @param out its outputs
   * @param intAttributes name and value of each int attribute, alternating ({@code "axis", 0L})
   * @return this writer
   */
  public OnnxGraphWriter node(String opType, String[] in, String[] out, Object... intAttributes) {
    Message node = new Message();
    for (String s : in) {
      node.string(NODE_INPUT, s);
    }
    for (String s : out) {
      node.string(NODE_OUTPUT, s);
    }
    node.string(NODE_NAME, opType + "_" + nodes.size());
    node.string(NODE_OP_TYPE, opType);
    for (int k = 0; k < intAttributes.length; k += 2) {
      node.message(
          NODE_ATTRIBUTE,
          new Message()
              .string(ATTRIBUTE_NAME, (String) intAttributes[k])
              .int64(ATTRIBUTE_I, ((Number) intAttributes[k + 1]).longValue())
              .int64(ATTRIBUTE_TYPE, ATTRIBUTE_TYPE_INT));
    }
    nodes.add(node);
    return this;
  }

  /**
   * The serialised model.
   *
   * @return the bytes of {@code model.onnx}
   */
  public byte[] toByteArray() {
    Message graph = new Message();
    nodes.forEach(n -> graph.message(GRAPH_NODE, n));
    graph.string(GRAPH_NAME, "drift-test");
    initializers.forEach(t -> graph.message(GRAPH_INITIALIZER, t));
    inputs.forEach(v -> graph.message(GRAPH_INPUT, v));
    outputs.forEach(v -> graph.message(GRAPH_OUTPUT, v));
    return new Message()
        .int64(MODEL_IR_VERSION, IR_VERSION)
        .string(MODEL_PRODUCER_NAME, "drift tests")
        .message(MODEL_GRAPH, graph)
        .message(MODEL_OPSET_IMPORT, new Message().int64(OPSET_VERSION, opset))
        .bytes();
  }

  private static Message tensor(String name, int type, long[] dims, byte[] raw) {
    Message t = new Message();
    for (long d : dims) {
      t.int64(TENSOR_DIMS, d);
    }
    return t.int64(TENSOR_DATA_TYPE, type).string(TENSOR_NAME, name).raw(TENSOR_RAW_DATA, raw);
  }

  private static Message valueInfo(String name, int elemType, Object... dims) {
    Message shape = new Message();
    for (Object d : dims) {
      shape.message(
          SHAPE_DIM,
          d instanceof String param
              ? new Message().string(DIM_PARAM, param)
              : new Message().int64(DIM_VALUE, ((Number) d).longValue()));
    }
    Message tensorType =
        new Message().int64(TENSOR_TYPE_ELEM_TYPE, elemType).message(TENSOR_TYPE_SHAPE, shape);
    return new Message()
        .string(VALUE_INFO_NAME, name)
        .message(VALUE_INFO_TYPE, new Message().message(TYPE_TENSOR_TYPE, tensorType));
  }

  /** One protobuf message being written; a nested message is written as its length and bytes. */
  private static final class Message {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CodedOutputStream out = CodedOutputStream.newInstance(buffer);

    Message string(int field, String value) {
      return write(() -> out.writeString(field, value)); // UTF-8, as protobuf strings are
    }

    Message int64(int field, long value) {
      // int32 and enum fields share int64's varint encoding for non-negative values.
      return write(() -> out.writeInt64(field, value));
    }

    Message raw(int field, byte[] value) {
      return write(() -> out.writeByteArray(field, value));
    }

    Message message(int field, Message value) {
      return raw(field, value.bytes());
    }

    byte[] bytes() {
      write(out::flush);
      return buffer.toByteArray();
    }

    private Message write(IoAction action) {
      try {
        action.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }
}
