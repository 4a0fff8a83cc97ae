/**
 * Stage 3, embed: sentence and token vectors from an ONNX sentence-transformer run by DJL, fully
 * offline. DJL types never leave this package. Depends on no other stage.
 */
package dev.drift.embed;
