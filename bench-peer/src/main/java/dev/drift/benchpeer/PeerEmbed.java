package dev.drift.benchpeer;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer of drift's speed benchmark: reads documents written one sentence per paragraph, embeds
 * every sentence with LangChain4j's in-process all-MiniLM-L6-v2 (the same ONNX file drift uses),
 * and does nothing else.
 */
public final class PeerEmbed {
  private PeerEmbed() {}

  /**
   * Embeds the sentences of the given files.
   *
   * @param args the files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<TextSegment> sentences = new ArrayList<>();
    for (String file : args) {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (!line.isBlank()) {
          sentences.add(TextSegment.from(line.strip()));
        }
      }
    }
    AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    int embedded = model.embedAll(sentences).content().size();
    System.out.println(embedded);
  }
}
