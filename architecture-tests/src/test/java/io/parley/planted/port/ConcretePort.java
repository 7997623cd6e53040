package io.parley.planted.port;

/** A port that is a class, and not annotated. */
public class ConcretePort {
}
