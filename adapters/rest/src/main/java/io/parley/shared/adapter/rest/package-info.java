/**
 * What every REST endpoint shares: problem-detail errors with stable codes, the request size limit, CORS for the
 * widget, the OpenAPI document, and the vocabulary controllers use to ask for an authenticated caller.
 */
@NullMarked
package io.parley.shared.adapter.rest;

import org.jspecify.annotations.NullMarked;
