/** Text extraction from uploaded documents: PDF (PDFBox), HTML (jsoup), Markdown (commonmark) and plain text. */
@NullMarked
package io.parley.knowledge.adapter.documents;

import org.jspecify.annotations.NullMarked;
