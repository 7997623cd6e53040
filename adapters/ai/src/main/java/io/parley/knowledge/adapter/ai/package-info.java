/** Offline embeddings (ONNX models shipped in Maven jars) and the in-process vector index of the knowledge base. */
@NullMarked
package io.parley.knowledge.adapter.ai;

import org.jspecify.annotations.NullMarked;
