/**
 * Embeddings (offline ONNX models shipped in Maven jars, or an OpenAI-compatible API), the vector stores of the
 * knowledge base (pgvector or in process) and answers written by OpenAI-compatible language models.
 */
@NullMarked
package io.parley.knowledge.adapter.ai;

import org.jspecify.annotations.NullMarked;
