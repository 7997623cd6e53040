package io.parley.shared.adapter.rest;

import java.util.List;

/** A collection answer; an object rather than a bare array so that fields can be added later. */
public record ItemsResponse<T>(List<T> items) {}
