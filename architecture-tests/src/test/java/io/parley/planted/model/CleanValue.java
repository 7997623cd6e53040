package io.parley.planted.model;

import java.util.List;
import org.jmolecules.ddd.types.ValueObject;

public record CleanValue(List<String> parts) implements ValueObject {}
